#pragma once

// Helpers shared by the library tests: the test issues in the repository and
// files written into a temporary folder.

#include "library.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace TestData {

inline QString seedPath()
{
    return QStringLiteral(BROADSHEET_SOURCE_DIR "/seeds/000_36b5ccdd5e2fe302.txt");
}

// Every issue file in the repository that has a reference parse.
inline QStringList issuePaths()
{
    QStringList paths{seedPath(), QStringLiteral(BROADSHEET_TEST_DATA "/samples/v1.txt")};
    const QDir issues(QStringLiteral(BROADSHEET_TEST_DATA "/issues"));
    for (const QString &name : issues.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths << issues.filePath(name);
    return paths;
}

// How many articles a search finds, -1 when it fails.
inline int searchCount(Broadsheet::Library &library, const QString &text)
{
    Broadsheet::SearchRequest request;
    request.text = text;
    const auto results = library.search(request);
    return results ? results->total : -1;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Makes a file that gives no date: without one in its text or path, import
// guesses the date from the modification time, so set one past 2100 (which is
// never taken). False where the file system cannot keep such a time.
inline bool makeUndated(const QString &path)
{
    const QDateTime time(QDate(2150, 1, 1), QTime(12, 0));
    QFile file(path);
    return file.open(QIODevice::ReadWrite) &&
           file.setFileTime(time, QFileDevice::FileModificationTime) &&
           QFileInfo(path).lastModified().date().year() == 2150;
}

} // namespace TestData
