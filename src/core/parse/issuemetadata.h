#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Broadsheet {

struct Issue;

// Where a value of an issue's metadata came from, the most trusted first: what
// the user set, what the issue's text prints (masthead, date line, page
// markers), what the file's path says, and a guess (the file's modification time).
enum class MetadataSource { User, Text, Path, Guess };

QString metadataSourceName(MetadataSource source); // "user", "text", "path", "guess"
std::optional<MetadataSource> metadataSourceFromName(QStringView name);

// A value and where it came from.
template<typename T>
struct Sourced
{
    T value{};
    MetadataSource source = MetadataSource::Text;

    friend bool operator==(const Sourced &, const Sourced &) = default;
};

// The more trusted of two values (`a` on a tie); either may be missing.
template<typename T>
std::optional<Sourced<T>> moreTrusted(const std::optional<Sourced<T>> &a,
                                      const std::optional<Sourced<T>> &b)
{
    if (!a || (b && b->source < a->source))
        return b;
    return a;
}

// One page of the paper in the file.
struct IssuePage
{
    std::optional<Sourced<QString>> number; // as printed: 01, A2, 三 (of 第三版)
    std::optional<Sourced<QString>> name;   // 要闻, 经济, 副刊
    int firstLine = 0;                      // the lines it covers; 0 when unknown
    int lastLine = 0;
    int pdfPage = 0; // the page of the PDF it is, for an issue read from a PDF

    friend bool operator==(const IssuePage &, const IssuePage &) = default;
};

// What an issue knows about itself: the newspaper, the day, the edition (issue
// number) and the pages, each value with where it came from.
struct IssueMetadata
{
    std::optional<Sourced<QString>> newspaper; // 辽源日报
    std::optional<Sourced<QDate>> date;
    std::optional<Sourced<QString>> edition; // as printed: 第1234期, 总第5678号
    QList<IssuePage> pages;                  // in the order of the file

    friend bool operator==(const IssueMetadata &, const IssueMetadata &) = default;

    // Detects the metadata of a parsed issue, each value from the most trusted
    // source that gives it: the text (the parser's masthead and page markers),
    // then the path (PathClues), then the file's modification time `modified` (a
    // guess, for the date only; pass an invalid one for none). Dates are real days
    // of 1900–2100.
    //
    // Pages: one per page marker in the file, in order, each covering the lines from
    // its marker to the last non-blank line before the next (the first page also
    // covers what stands before its marker: masthead, credits). A file without
    // page markers whose name gives a page (_01, -A02, 第03版) is one page with
    // that number, covering the whole file.
    static IssueMetadata detect(const Issue &parsed, const QString &path,
                                const QDateTime &modified = {});
};

// Orders the pages of one newspaper issue by their numbers as printed: 1 < 2 <
// 12, "03" is 3, 第三版 and 三 are 3 (Chinese numerals), and pages with a letter
// follow in the letter's order, each letter's pages by number (A1 < A2 < A12 <
// B1); pages without a letter come first. A number it cannot read (or none)
// gets kUnknownPageSortKey, after every other page.
inline constexpr int kUnknownPageSortKey = 2147483647;
int pageSortKey(QStringView number);

// A change the user makes to the metadata of one or more issue files (the Issue
// Properties dialog, "these 300 files are 辽源日报"). A field left std::nullopt is
// not touched; a field set to an empty value (a null QString, an invalid QDate)
// removes what the user set before, so that the detected value shows again.
struct MetadataEdit
{
    std::optional<QString> newspaper = {};
    std::optional<QDate> date = {};
    std::optional<QString> edition = {};
    std::optional<QString> pageNumber = {}; // files of one page only
    std::optional<QString> pageName = {};

    bool isEmpty() const { return !newspaper && !date && !edition && !pageNumber && !pageName; }
    friend bool operator==(const MetadataEdit &, const MetadataEdit &) = default;
};

} // namespace Broadsheet
