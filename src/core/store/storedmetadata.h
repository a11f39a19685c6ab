#pragma once

// The store's helpers for the archive's metadata (libraryarchive.cpp): how the
// library keeps what was detected, how what the user set applies on top, and
// which page an article starts on. Internal to the store.

#include "issue.h"

#include <QList>
#include <QString>

#include <optional>

namespace Broadsheet::StoredMetadata {

// user_metadata.field
inline constexpr QStringView kNewspaper = u"newspaper";
inline constexpr QStringView kDate = u"date";
inline constexpr QStringView kEdition = u"edition";
inline constexpr QStringView kPageNumber = u"page_number";
inline constexpr QStringView kPageName = u"page_name";

// A row of user_metadata.
struct UserValue
{
    QString field;
    int page = -1;
    QString value;
};

// issues.detected: what detection found (text, path, guess; never the user's
// values) and what the issue's text itself says (Issue::paper, date, edition),
// which loadIssue gives back whatever the columns hold.
struct Detected
{
    IssueMetadata metadata;
    QString paper;
    QDate date;
    QString edition;
};
QString toJson(const IssueMetadata &detected, const Issue &issue);
std::optional<Detected> fromJson(const QString &json); // none when empty or not such JSON

// The detected metadata with what the user set on top (source User). A page
// field of page 0 gives a file that names no page one page, covering its lines
// 1 to lineCount.
IssueMetadata withUserValues(IssueMetadata detected, const QList<UserValue> &values, int lineCount);

// The title the library lists a file by: its paper and date (not a guessed one)
// when known, else its file name (Issue::displayTitle).
QString titleFor(const QString &path, const IssueMetadata &metadata);

// The position of the page a line stands on: the last page starting at or before
// it, else the first page; -1 when there are no pages.
int pageOfLine(const QList<IssuePage> &pages, int line);

} // namespace Broadsheet::StoredMetadata
