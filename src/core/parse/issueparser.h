#pragma once

#include <QCoreApplication>

#include "issue.h"
#include "result.h"

#include <QByteArray>

namespace Broadsheet {

// Issue file bytes → an Issue: sections, groups and articles with their
// headlines, bylines, paragraphs (column breaks joined) and captions.
class IssueParser
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::IssueParser)

public:
    // Files larger than this are refused: an issue is a few hundred kilobytes, and
    // the whole file is held in memory while it is parsed.
    static constexpr qint64 kMaxFileBytes = qint64(256) * 1024 * 1024;

    // `sha256` is the bytes' digest (sha256Of) when the caller has it already.
    static Result<Issue> parse(const QByteArray &bytes, const QString &path = {},
                               const QString &sha256 = {});
    static QString sha256Of(const QByteArray &bytes); // hex, as the JSON and the library keep it
    static Result<Issue> parseFile(const QString &path);
    // The bytes of an issue file, refusing folders, missing and oversized files.
    static Result<QByteArray> readFile(const QString &path);
    // The file's lines as decoded, line 1 first, each as it stands in the file
    // (surrounding white space kept): what corrections and the source view read.
    static Result<QStringList> sourceLines(const QByteArray &bytes);
    // Parses already decoded text (tests, and text from other sources).
    static Issue parseText(QString text, const QString &path = {});
};

} // namespace Broadsheet
