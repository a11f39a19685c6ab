#include "issuemetadata.h"

#include "positionedissue.h"

#include "conventions.h"
#include "issue.h"
#include "pathclues.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

// The issue dates of an archive: a year outside 1900–2100 is some other number.
bool isIssueDate(const QDate &date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 2100;
}

template<typename T>
std::optional<Sourced<T>> sourced(const T &value, MetadataSource source)
{
    return Sourced<T>{value, source};
}

std::optional<Sourced<QString>> sourcedText(const QString &value, MetadataSource source)
{
    if (value.isEmpty())
        return std::nullopt;
    return sourced(value, source);
}

// Every line the parse accounts for, sorted: every non-blank line of the file
// stands somewhere in the parsed issue.
QList<int> accountedLines(const Issue &issue)
{
    QList<int> lines;
    const auto add = [&lines](const QList<int> &more) { lines.append(more); };
    const auto addPart = [&add](const std::optional<HeadlinePart> &part) {
        if (part)
            add(part->lines);
    };
    if (issue.mastheadLine > 0)
        lines << issue.mastheadLine;
    lines << issue.mastheadLines;
    for (const Credit &credit : issue.credits)
        lines << credit.line;
    for (const UnplacedLine &line : issue.unplaced)
        lines << line.line;
    for (const Section &section : issue.sections) {
        if (section.line)
            lines << *section.line;
        for (const Article &article : section.articles) {
            if (article.group)
                lines << article.group->line;
            addPart(article.kicker);
            addPart(article.title);
            addPart(article.subtitle);
            if (article.byline)
                add(article.byline->lines);
            for (const Paragraph &paragraph : article.paragraphs)
                add(paragraph.lines);
            for (const Caption &caption : article.captions)
                add(caption.lines);
        }
    }
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    lines.removeIf([](int line) { return line <= 0; });
    return lines;
}

// The last accounted line before `end` (exclusive), at least `first`.
int lastLineBefore(const QList<int> &accounted, int first, int end)
{
    const auto it = std::lower_bound(accounted.cbegin(), accounted.cend(), end);
    if (it == accounted.cbegin())
        return first;
    return std::max(first, *std::prev(it));
}

// Pages from the page markers that open the parsed issue's sections.
QList<IssuePage> pagesFromText(const Issue &parsed, const QList<int> &accounted)
{
    QList<IssuePage> pages;
    for (const Section &section : parsed.sections) {
        if (!section.line)
            continue;
        const auto marker = Conventions::pageMarker(section.title);
        if (!marker)
            continue;
        IssuePage page;
        page.number = sourcedText(marker->page, MetadataSource::Text);
        page.name = sourcedText(marker->name, MetadataSource::Text);
        page.firstLine = *section.line;
        pages << page;
    }
    if (pages.isEmpty())
        return pages;
    if (!accounted.isEmpty())
        pages.first().firstLine = std::min(pages.first().firstLine, accounted.first());
    // A page of a file of several pages that prints the masthead again above its
    // marker begins with that masthead, not with the previous page's last lines.
    for (qsizetype i = 1; i < pages.size(); ++i) {
        auto it = std::lower_bound(accounted.cbegin(), accounted.cend(), pages[i].firstLine);
        while (it != accounted.cbegin() && *std::prev(it) > pages[i - 1].firstLine &&
               parsed.mastheadLines.contains(*std::prev(it)))
            pages[i].firstLine = *--it;
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const int end =
            i + 1 < pages.size() ? pages[i + 1].firstLine : std::numeric_limits<int>::max();
        pages[i].lastLine = lastLineBefore(accounted, pages[i].firstLine, end);
    }
    return pages;
}

} // namespace

QString metadataSourceName(MetadataSource source)
{
    switch (source) {
    case MetadataSource::User:
        return u"user"_s;
    case MetadataSource::Text:
        return u"text"_s;
    case MetadataSource::Path:
        return u"path"_s;
    case MetadataSource::Guess:
        return u"guess"_s;
    }
    return {};
}

std::optional<MetadataSource> metadataSourceFromName(QStringView name)
{
    for (auto source : {MetadataSource::User, MetadataSource::Text, MetadataSource::Path,
                        MetadataSource::Guess}) {
        if (name == metadataSourceName(source))
            return source;
    }
    return std::nullopt;
}

namespace {

// 三 → 3, 十二 → 12, 二十 → 20, 一百零五 → 105, 一〇二 → 102; -1 when it is no numeral.
int chineseNumeral(QStringView text)
{
    static constexpr QStringView kDigits = u"〇一二三四五六七八九";
    const auto digit = [](QChar c) -> int {
        if (c == u'零')
            return 0;
        if (c == u'两')
            return 2;
        return int(kDigits.indexOf(c));
    };
    if (text.isEmpty())
        return -1;
    const bool units = text.contains(u'十') || text.contains(u'百');
    if (!units) {
        // Digit by digit: 一〇二
        int value = 0;
        for (const QChar c : text) {
            const int d = digit(c);
            if (d < 0 || value > 99999)
                return -1;
            value = value * 10 + d;
        }
        return value;
    }
    int value = 0;
    int pending = -1; // a digit waiting for its unit
    for (const QChar c : text) {
        if (c == u'十' || c == u'百') {
            const int unit = c == u'十' ? 10 : 100;
            value += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
            continue;
        }
        const int d = digit(c);
        if (d < 0)
            return -1;
        if (d > 0 && pending > 0)
            return -1; // 二三十: no numeral
        pending = d;
    }
    if (pending > 0)
        value += pending;
    return value;
}

} // namespace

int pageSortKey(QStringView number)
{
    // Full-width letters and digits (Ａ２, ０３) read as their ASCII forms.
    QString text = number.trimmed().toString().normalized(QString::NormalizationForm_KC);
    if (text.startsWith(u'第'))
        text.remove(0, 1);
    if (text.endsWith(u'版'))
        text.chop(1);
    text = text.trimmed();
    if (text.isEmpty())
        return kUnknownPageSortKey;
    int letter = 0; // 0: none, 1: A … 26: Z
    if (const QChar first = text.front(); first.isLetter() && first.unicode() < 128) {
        letter = first.toUpper().unicode() - u'A' + 1;
        text.remove(0, 1);
        text = text.trimmed();
    }
    constexpr int kPagesPerLetter = 100000;
    int value = -1;
    if (text.isEmpty()) {
        value = letter > 0 ? 0 : -1; // a page named by its letter alone
    } else if (std::all_of(text.cbegin(), text.cend(),
                           [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        bool ok = false;
        value = text.size() <= 5 ? text.toInt(&ok) : -1;
        if (!ok)
            value = -1;
    } else {
        value = chineseNumeral(text);
    }
    if (value < 0 || value >= kPagesPerLetter)
        return kUnknownPageSortKey;
    return letter * kPagesPerLetter + value;
}

IssueMetadata IssueMetadata::detect(const Issue &parsed, const QString &path,
                                    const QDateTime &modified)
{
    const PathClues clues = PathClues::of(path);
    IssueMetadata metadata;

    metadata.newspaper = moreTrusted(sourcedText(parsed.paper, MetadataSource::Text),
                                     sourcedText(clues.paper, MetadataSource::Path));

    std::optional<Sourced<QDate>> date;
    if (isIssueDate(parsed.date))
        date = sourced(parsed.date, MetadataSource::Text);
    if (!date && isIssueDate(clues.date))
        date = sourced(clues.date, MetadataSource::Path);
    if (!date && modified.isValid() && isIssueDate(modified.toLocalTime().date()))
        date = sourced(modified.toLocalTime().date(), MetadataSource::Guess);
    metadata.date = date;

    metadata.edition = sourcedText(parsed.edition, MetadataSource::Text);

    const QList<int> accounted = accountedLines(parsed);
    metadata.pages = pagesFromText(parsed, accounted);
    if (metadata.pages.isEmpty() && !clues.page.isEmpty()) {
        IssuePage page;
        page.number = sourcedText(clues.page, MetadataSource::Path);
        page.name = sourcedText(clues.pageName, MetadataSource::Path);
        if (!accounted.isEmpty()) {
            page.firstLine = accounted.first();
            page.lastLine = accounted.last();
        }
        metadata.pages << page;
    }
    // A PDF knows its pages for sure: one per page of the file.
    if (!parsed.layout.isEmpty())
        metadata.pages = PositionedIssue::pages(parsed.layout, metadata.pages);
    return metadata;
}

} // namespace Broadsheet
