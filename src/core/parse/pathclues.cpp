#include "pathclues.h"

#include "conventions.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

// Well-known papers by the pinyin abbreviation their e-paper sites and archives
// file them under (people.com.cn/rmrb, …/lyrb/2019/02/20). The one place that
// knows them: add a paper here.
struct Abbreviation
{
    QStringView letters; // lower case
    QStringView paper;
};
constexpr std::array kAbbreviations{
    Abbreviation{u"rmrb", u"人民日报"},    Abbreviation{u"renmrb", u"人民日报"},
    Abbreviation{u"gmrb", u"光明日报"},    Abbreviation{u"jjrb", u"经济日报"},
    Abbreviation{u"lyrb", u"辽源日报"},    Abbreviation{u"zgqnb", u"中国青年报"},
    Abbreviation{u"fzrb", u"法治日报"},    Abbreviation{u"kjrb", u"科技日报"},
    Abbreviation{u"grrb", u"工人日报"},    Abbreviation{u"nmrb", u"农民日报"},
    Abbreviation{u"jfjb", u"解放军报"},    Abbreviation{u"jfrb", u"解放日报"},
    Abbreviation{u"bjrb", u"北京日报"},    Abbreviation{u"nfrb", u"南方日报"},
    Abbreviation{u"cqrb", u"重庆日报"},    Abbreviation{u"jlrb", u"吉林日报"},
    Abbreviation{u"xmwb", u"新民晚报"},    Abbreviation{u"hqsb", u"环球时报"},
    Abbreviation{u"zgjyb", u"中国教育报"},
};

// The issue dates of an archive: 1900 to 2100. A year outside is some other number.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

QRegularExpression pattern(const QString &text)
{
    QRegularExpression expression(text, QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT_X(expression.isValid(), "PathClues", qPrintable(expression.errorString()));
    return expression;
}

// Date shapes in a path, each year, month, day in groups 1–3. No digit may stand
// right before or after: 13912345678 and 2019022001 are no dates.
const QList<QRegularExpression> &datePatterns()
{
    static const QList<QRegularExpression> patterns{
        // 2019-02-20, 2019_02_20, 2019.02.20, and 2019/02/20 or 2019-02/20 folders.
        pattern(u"(?<!\\d)(\\d{4})[-_./](\\d{1,2})[-_./](\\d{1,2})(?!\\d)"_s),
        // 20190220
        pattern(u"(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)"_s),
        // 201902/20 and 201902-20 (e-paper sites), 2019/0220
        pattern(u"(?<!\\d)(\\d{4})(\\d{2})[-_/](\\d{2})(?!\\d)"_s),
        pattern(u"(?<!\\d)(\\d{4})/(\\d{2})(\\d{2})(?!\\d)"_s),
        // 2019年02月20日
        pattern(u"(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"_s),
    };
    return patterns;
}

// Page shapes in a file name (without its extension): the page in group 1, the
// page's name, when one follows, in group 2. Tried in this order.
const QList<QRegularExpression> &pagePatterns()
{
    static const QList<QRegularExpression> patterns{
        // 第03版, 第A2版, 第三版 anywhere in the name: 20190220第03版, 第03版：要闻
        pattern(u"第\\s*([A-Za-z]?\\d{1,3}|[一二三四五六七八九十]{1,3})\\s*版"
                u"(?:[\\s_\\-:：·]*(\\p{Han}{2,8}))?"_s),
        // A2版 要闻, 03版, not glued to other letters or digits
        pattern(u"(?<![0-9A-Za-z])([A-Ha-h]?\\d{1,2})\\s*版(?:[\\s_\\-:：·]*(\\p{Han}{2,8}))?"_s),
        // …_01, …-A02 and …_03_要闻 ending the name
        pattern(u"[_\\-]([A-Ha-h]?\\d{1,2})(?:[_\\-\\s]*(\\p{Han}{2,8}))?$"_s),
        // A file named after its page: 01, A2, 01_要闻
        pattern(u"^([A-Ha-h]?\\d{1,2})(?:[_\\-\\s]*(\\p{Han}{2,8}))?$"_s),
    };
    return patterns;
}

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the last character

    bool overlaps(const Span &other) const { return start < other.end && other.start < end; }
};

// The date nearest the file name, and every span shaped like a date (valid or
// not), whose digits no page may take.
QDate findDate(const QString &path, QList<Span> *dateShaped)
{
    QDate best;
    qsizetype bestEnd = -1;
    for (const QRegularExpression &expression : datePatterns()) {
        auto it = expression.globalMatch(path);
        while (it.hasNext()) {
            const auto match = it.next();
            const Span span{match.capturedStart(0), match.capturedEnd(0)};
            dateShaped->append(span);
            const int year = match.captured(1).toInt();
            const QDate date(year, match.captured(2).toInt(), match.captured(3).toInt());
            if (year < kFirstYear || year > kLastYear || !date.isValid())
                continue;
            if (span.end > bestEnd) {
                best = date;
                bestEnd = span.end;
            }
        }
    }
    return best;
}

QString paperIn(QStringView component)
{
    static const QRegularExpression hanRun = pattern(u"\\p{Han}+"_s);
    auto han = hanRun.globalMatch(component);
    while (han.hasNext()) {
        const auto match = han.next();
        if (Conventions::isPaperName(match.capturedView()))
            return match.captured();
    }
    static const QRegularExpression letterRun = pattern(u"[A-Za-z]+"_s);
    auto letters = letterRun.globalMatch(component);
    while (letters.hasNext()) {
        const QString paper = PathClues::paperForAbbreviation(letters.next().capturedView());
        if (!paper.isEmpty())
            return paper;
    }
    return {};
}

} // namespace

QString PathClues::paperForAbbreviation(QStringView abbreviation)
{
    const QString letters = abbreviation.toString().toLower();
    for (const Abbreviation &entry : kAbbreviations) {
        if (entry.letters == letters)
            return entry.paper.toString();
    }
    return {};
}

PathClues PathClues::of(const QString &path)
{
    PathClues clues;
    QString normalized = path;
    normalized.replace(u'\\', u'/');

    // The file name without its extension (.txt, .TXT, .text); "2019.02.20" keeps its digits.
    const qsizetype nameStart = normalized.lastIndexOf(u'/') + 1;
    qsizetype nameEnd = normalized.size();
    static const QRegularExpression extension = pattern(u"\\.[A-Za-z]{1,5}$"_s);
    if (const auto match = extension.match(QStringView(normalized).sliced(nameStart));
        match.hasMatch())
        nameEnd = nameStart + match.capturedStart(0);
    // Only what the file's name and folders say, never a date in its extension.
    const QString relevant = normalized.first(nameEnd);

    QList<Span> dateShaped;
    clues.date = findDate(relevant, &dateShaped);

    const QStringView name = QStringView(relevant).sliced(nameStart);
    for (const QRegularExpression &expression : pagePatterns()) {
        auto it = expression.globalMatch(name);
        while (it.hasNext() && clues.page.isEmpty()) {
            const auto match = it.next();
            const Span span{nameStart + match.capturedStart(1), nameStart + match.capturedEnd(1)};
            const bool partOfDate =
                std::any_of(dateShaped.cbegin(), dateShaped.cend(),
                            [&span](const Span &d) { return d.overlaps(span); });
            if (partOfDate)
                continue;
            clues.page = match.captured(1);
            const QString pageName = match.captured(2);
            if (!Conventions::isPaperName(pageName))
                clues.pageName = pageName;
        }
        if (!clues.page.isEmpty())
            break;
    }

    // The paper nearest the file: its name first, then its folders upwards.
    const QList<QStringView> components = QStringView(relevant).split(u'/', Qt::SkipEmptyParts);
    for (auto component = components.crbegin(); component != components.crend(); ++component) {
        clues.paper = paperIn(*component);
        if (!clues.paper.isEmpty())
            break;
    }
    return clues;
}

} // namespace Broadsheet
