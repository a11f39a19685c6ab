#pragma once

// A file the user may not write, for the tests of read-only libraries: by its
// permissions, or, for root (whom permissions do not stop), by the immutable
// attribute. Writable again when the object goes.

#include "strictskip.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

#include <unistd.h>

class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
        : m_path(path)
    {
        const bool byPermissions = QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (geteuid() != 0) {
            m_readOnly = byPermissions;
            return;
        }
        m_immutable =
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        m_readOnly = m_immutable;
    }
    ~ReadOnlyFile()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    ReadOnlyFile(const ReadOnlyFile &) = delete;
    ReadOnlyFile &operator=(const ReadOnlyFile &) = delete;

    // False where it cannot be done: root on a file system without chattr +i.
    bool isReadOnly() const { return m_readOnly; }

    static QByteArray sha256(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
                   ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                   : QByteArray();
    }

private:
    QString m_path;
    bool m_immutable = false;
    bool m_readOnly = false;
};

// A folder the user may not write: nothing can be created in it (SQLite's -shm
// and -wal files included), by its permissions or, for root, by chattr +i.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(const QString &path)
        : m_path(path)
    {
        const auto readAndList = QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                 QFileDevice::ReadGroup | QFileDevice::ExeGroup;
        const bool byPermissions = QFile::setPermissions(path, readAndList);
        if (geteuid() != 0) {
            m_readOnly = byPermissions;
            return;
        }
        m_immutable =
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        m_readOnly = m_immutable;
    }
    ~ReadOnlyFolder()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
    }
    ReadOnlyFolder(const ReadOnlyFolder &) = delete;
    ReadOnlyFolder &operator=(const ReadOnlyFolder &) = delete;

    bool isReadOnly() const { return m_readOnly; }

private:
    QString m_path;
    bool m_immutable = false;
    bool m_readOnly = false;
};
