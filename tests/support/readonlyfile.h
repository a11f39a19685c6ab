#pragma once

// Files and folders the user may not write, for the tests of read-only
// libraries: by their permissions, or, for root (whom permissions do not stop),
// by the immutable attribute. Writable again when the object goes.

#include "strictskip.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

#include <unistd.h>

class ReadOnlyPath
{
public:
    ReadOnlyPath(const QString &path, QFileDevice::Permissions readOnly,
                 QFileDevice::Permissions writable)
        : m_path(path)
        , m_writable(writable)
    {
        const bool byPermissions = QFile::setPermissions(path, readOnly);
        if (geteuid() != 0) {
            m_readOnly = byPermissions;
            return;
        }
        m_immutable =
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        m_readOnly = m_immutable;
    }
    ~ReadOnlyPath()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, m_writable);
    }
    ReadOnlyPath(const ReadOnlyPath &) = delete;
    ReadOnlyPath &operator=(const ReadOnlyPath &) = delete;

    // False where it cannot be done: root on a file system without chattr +i.
    bool isReadOnly() const { return m_readOnly; }

private:
    QString m_path;
    QFileDevice::Permissions m_writable;
    bool m_immutable = false;
    bool m_readOnly = false;
};

// A file the user may not write.
class ReadOnlyFile : public ReadOnlyPath
{
public:
    explicit ReadOnlyFile(const QString &path)
        : ReadOnlyPath(path,
                       QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)
    {}

    static QByteArray sha256(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }
};

// A folder the user may not write: nothing can be created in it (SQLite's -shm
// and -wal files included).
class ReadOnlyFolder : public ReadOnlyPath
{
public:
    explicit ReadOnlyFolder(const QString &path)
        : ReadOnlyPath(path,
                       QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                           QFileDevice::ExeGroup,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
    {}
};
