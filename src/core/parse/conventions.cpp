#include "conventions.h"

#include "scriptfold.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Broadsheet::Conventions {

namespace {

// Patterns are written with named building blocks, expanded before compiling:
// full- and half-width forms of the same mark both occur in issue files.
struct Block
{
    QStringView name;
    QStringView pattern;
};
constexpr Block kBlocks[] = {
    {u"{colon}", u"[:：]"},
    {u"{open}", u"[(（]"},
    {u"{close}", u"[)）]"},
    {u"{sp}", u"[\\s\\x{3000}]"},
    // A Chinese personal name, minority names with a middle dot included.
    {u"{name}", u"\\p{Han}{2,4}(?:[·•]\\p{Han}{1,6})?"},
    // Who wrote or photographed: 本报记者, 新华社记者, 特约通讯员, 实习生, …
    {u"{role}", u"(?:本报|新华社|中新社|人民日报|经济日报|光明日报|中国日报|央视)?"
                u"(?:特约|见习|首席|驻\\p{Han}{1,4})?"
                u"(?:摄影记者|记者|通讯员|实习生|评论员|撰稿人|撰文|编译|报道组|通讯组|摄影)"},
    // A newspaper's name: 辽源日报, 人民日报, 燕赵都市报, 中国青年报.
    {u"{paper}", u"\\p{Han}{2,10}(?:日报|晚报|晨报|时报|商报|都市报|报)"},
    // The edition or issue number a masthead prints: 第1234期, 总第5678号, 5678期.
    {u"{edition}", u"(?:总?第?\\d+期|总?第\\d+号)"},
};

QRegularExpression re(QString pattern)
{
    for (const Block &block : kBlocks)
        pattern.replace(block.name.toString(), block.pattern.toString());
    QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    Q_ASSERT_X(expression.isValid(), "Conventions", qPrintable(expression.errorString()));
    expression.optimize();
    return expression;
}

// The printed text at the place of a piece of its folded copy: the fold keeps
// positions, so the same offsets pick the same characters as printed.
QStringView printedAt(QStringView printed, const QRegularExpressionMatch &match, int group = 0)
{
    if (match.capturedStart(group) < 0)
        return {};
    return printed.sliced(match.capturedStart(group), match.capturedLength(group));
}

QStringView printedAt(QStringView printed, QStringView folded, QStringView piece)
{
    return printed.sliced(piece.data() - folded.data(), piece.size());
}

// The first characters of a trimmed line: enough for a cue that opens a line
// (人物:, 记者:, 本报讯(…)), without folding the whole paragraph.
Text lineOpening(const Text &text, qsizetype characters)
{
    const Text t = text.trimmed();
    return t.first(std::min(t.size(), characters));
}

const QRegularExpression &roleRe()
{
    static const auto r = re(u"^{role}$"_s);
    return r;
}
const QRegularExpression &roleThenNameRe()
{
    static const auto r = re(u"^({role})({name})$"_s);
    return r;
}
const QRegularExpression &nameRe()
{
    static const auto r = re(u"^{name}$"_s);
    return r;
}

bool contains(QStringView text, QStringView needle)
{
    return text.contains(needle);
}

qsizetype hanCount(QStringView text)
{
    qsizetype count = 0;
    for (QChar c : text)
        count += (c.unicode() >= 0x3400 && c.unicode() < 0xA000) ? 1 : 0;
    return count;
}

// The first clause: text up to the first clause or sentence punctuation mark.
QStringView firstClause(QStringView text, QChar *terminator = nullptr)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isClausePunctuation(text[i]) || isSentenceFinal(text[i])) {
            if (terminator)
                *terminator = text[i];
            return text.first(i);
        }
    }
    if (terminator)
        *terminator = QChar();
    return text;
}

// Words that open a paragraph rather than finish a sentence: when a line starts
// with one of these and a comma, it is a fresh paragraph.
constexpr std::array<QStringView, 62> kParagraphOpeners = {
    u"同时",     u"此外",     u"另外",     u"目前",     u"据悉",     u"据了解",   u"据介绍",
    u"据统计",   u"近日",     u"日前",     u"近年来",   u"今年以来", u"去年以来", u"今年",
    u"去年",     u"当前",     u"为此",     u"对此",     u"其中",     u"然而",     u"但是",
    u"因此",     u"所以",     u"总之",     u"此前",     u"随后",     u"接下来",   u"下一步",
    u"与此同时", u"截至目前", u"连日来",   u"近期",     u"眼下",     u"如今",     u"昨天",
    u"今天",     u"昨日",     u"今日",     u"近来",     u"会上",     u"上午",     u"下午",
    u"晚上",     u"当天",     u"当日",     u"次日",     u"首先",     u"其次",     u"最后",
    u"另一方面", u"一方面",   u"近几年",   u"多年来",   u"长期以来", u"一直以来", u"从此",
    u"会议指出", u"会议强调", u"会议要求", u"会议认为", u"会议提出", u"据了解到",
};

// Every byline names a role (记者, 通讯员, 评论员…) or opens with a byline mark (□, 文/).
bool mentionsWriter(QStringView text)
{
    static constexpr QStringView kRoles[] = {u"记者", u"通讯员", u"实习生", u"评论员", u"撰稿",
                                             u"撰文", u"编译",   u"报道组", u"通讯组", u"摄影"};
    if (QStringView(u"□■◎文图撰整").contains(text.front()))
        return true;
    return std::any_of(std::begin(kRoles), std::end(kRoles),
                       [text](QStringView role) { return text.contains(role); });
}

bool isOpenerWord(QStringView clause)
{
    return std::find(kParagraphOpeners.begin(), kParagraphOpeners.end(), clause) !=
           kParagraphOpeners.end();
}

// "他说" "我们认为" "记者了解到": someone speaking opens a paragraph.
bool isSpeakerClause(QStringView clause)
{
    if (clause.size() > 14)
        return false;
    static const auto r = re(u"^(?:我们|他们|她们|我|他|她|记者|笔者|大家|专家|有关负责人|负责人"
                             u"|\\p{Han}{2,3}(?:书记|主任|局长|县长|市长|经理|校长|院长))"
                             u"\\p{Han}{0,3}(?:说|表示|认为|介绍|指出|坦言|告诉记者|强调|提出"
                             u"|了解到|注意到|看到|获悉)$"_s);
    return r.match(clause).hasMatch();
}

bool isEnumeratorOpening(QStringView text)
{
    if (text.isEmpty() || !(text.front().isDigit() ||
                            QStringView(u"一二三四五六七八九十第(（").contains(text.front())))
        return false;
    static const auto r = re(u"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]"
                             u"|[一二三四五六七八九十]+、|{open}[一二三四五六七八九十]+{close}"
                             u"|\\d{1,2}[.、．])"_s);
    return r.match(text).hasMatch();
}

} // namespace

// --- Script -----------------------------------------------------------------

QString foldScript(QStringView text)
{
    return ScriptFold::fold(text, ScriptFold::Table::Conventions);
}

bool scriptFoldAvailable()
{
    return ScriptFold::isAvailable();
}

Text Text::withFold(QStringView printed)
{
    Text text(printed);
    text.folded();
    return text;
}

QStringView Text::folded() const
{
    if (!m_isFolded) {
        m_fold = foldScript(m_printed);
        m_folded = m_fold;
        m_isFolded = true;
    }
    return m_folded;
}

Text Text::sliced(qsizetype position, qsizetype n) const
{
    Text part(m_printed.sliced(position, n));
    if (m_isFolded) {
        part.m_fold = m_fold;
        part.m_folded = m_folded.sliced(position, n);
        part.m_isFolded = true;
    }
    return part;
}

Text Text::trimmed() const
{
    const QStringView t = Conventions::trimmed(m_printed);
    return sliced(t.data() - m_printed.data(), t.size());
}

// --- Punctuation ------------------------------------------------------------

bool isSentenceFinal(QChar c)
{
    switch (c.unicode()) {
    case u'。':
    case u'！':
    case u'？':
    case u'!':
    case u'?':
    case u'…':
    case u'．':
        return true;
    default:
        return false;
    }
}

bool isClosingMark(QChar c)
{
    switch (c.unicode()) {
    case u'”':
    case u'’':
    case u'」':
    case u'』':
    case u'）':
    case u')':
    case u'】':
    case u'》':
    case u'〉':
    case u'"':
    case u'\'':
        return true;
    default:
        return false;
    }
}

bool isClausePunctuation(QChar c)
{
    switch (c.unicode()) {
    case u'，':
    case u'、':
    case u'；':
    case u'：':
    case u',':
    case u';':
    case u':':
        return true;
    default:
        return false;
    }
}

bool isPunctuation(QChar c)
{
    return isSentenceFinal(c) || isClosingMark(c) || isClausePunctuation(c) || c.isPunct();
}

bool isIdeographicSpace(QChar c)
{
    return c.unicode() == 0x3000;
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && (text[begin].isSpace() || text[begin].unicode() == 0xFEFF))
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    return text.sliced(begin, end - begin);
}

bool endsSentence(const Text &line)
{
    const QStringView text = trimmed(line.printed());
    if (text.isEmpty())
        return true;
    if (isJumpMarker(line))
        return true;
    qsizetype i = text.size() - 1;
    // A closing quotation or bracket ends a sentence only after a final mark: 。” ！）
    while (i > 0 && isClosingMark(text[i]))
        --i;
    if (isSentenceFinal(text[i]))
        return true;
    // "……" and "——" at the end of a quotation or a list also close it.
    if (text[i] == u'—' && i > 0 && text[i - 1] == u'—' && i < text.size() - 1)
        return true;
    // A Latin full stop that is not a decimal point.
    return text[i] == u'.' && (i == 0 || !text[i - 1].isDigit());
}

Opening openingOf(const Text &line)
{
    const Text t = line.trimmed();
    const QStringView text = t.folded();
    if (text.isEmpty())
        return Opening::Unknown;
    const QChar first = text.front();
    if (isClausePunctuation(first) || isSentenceFinal(first) || isClosingMark(first) ||
        first == u'的')
        return Opening::MidSentence;
    if (inlineByline(t) || isVoxPopPerson(t) || isVoxPopQuote(t) || isQuestionOrAnswer(t) ||
        startsWithDate(t) || isEnumeratorOpening(text) || first == u'【')
        return Opening::Fresh;
    QChar terminator;
    const QStringView clause = firstClause(text, &terminator);
    if (isOpenerWord(clause) || isSpeakerClause(clause))
        return Opening::Fresh;
    // "安排。" "旁," "细致地分析。": a few characters, then punctuation — the tail of a
    // sentence that began in the previous column.
    if (!terminator.isNull() && clause.size() <= kMaxSentenceTailChars)
        return Opening::MidSentence;
    return Opening::Unknown;
}

// --- Headlines --------------------------------------------------------------

bool isSubtitle(QStringView text)
{
    if (text.size() > kMaxHeadlineWithSubtitleChars)
        return false;
    text = trimmed(text);
    return text.startsWith(u"——") || text.startsWith(u"--") || text.startsWith(u"─") ||
           (text.startsWith(u'—') && text.size() > 2);
}

bool isNumberedSubhead(QStringView text)
{
    return isEnumeratorOpening(trimmed(text));
}

bool isIntertitle(const Text &line)
{
    const Text text = line.trimmed();
    if (text.isEmpty() || text.size() > kMaxHeadlinePhraseChars + 4)
        return false;
    // Only the numbers of a list of headings: "一是…" and "第一，…" number sentences.
    static const auto r =
        re(u"^(?:[一二三四五六七八九十]{1,3}、|{open}[一二三四五六七八九十]{1,3}{close}"
           u"|\\d{1,2}[.、．]){sp}*[^，、；：,;:。！？!?]{2,32}$"_s);
    return r.match(text.folded()).hasMatch();
}

bool looksLikeHeadline(const Text &line)
{
    const Text t = line.trimmed();
    const QStringView text = t.folded();
    if (text.size() < 2 || hanCount(text) < 2)
        return false;
    const qsizetype dash = text.indexOf(u"——");
    const bool withSubtitle = dash > 0;
    if (text.size() > (withSubtitle ? kMaxHeadlineWithSubtitleChars : kMaxHeadlineChars))
        return false;
    if (withSubtitle && dash > kMaxHeadlineChars)
        return false;
    const QChar first = text.front();
    if (isClausePunctuation(first) || isSentenceFinal(first) || isClosingMark(first) ||
        first == u'的')
        return false;
    const QChar last = text.back();
    if (isClausePunctuation(last))
        return false;
    if (contains(text, u"。") || contains(text, u"；") || contains(text, u";"))
        return false;
    if (inlineByline(t) || isVoxPopPerson(t) || isVoxPopQuote(t) || isQuestionOrAnswer(t) ||
        isNumberedSubhead(text))
        return false;
    // Phrases are separated by half- or full-width spaces.
    qsizetype phrase = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i].isSpace() || isIdeographicSpace(text[i])) {
            if (phrase > kMaxHeadlinePhraseChars && text.sliced(i - phrase).first(2) != u"——")
                return false;
            phrase = 0;
        } else {
            ++phrase;
        }
    }
    // A title may have one comma ("稳字当头，进中求好"); a clause list is body text.
    const qsizetype commas = text.count(u'，') + text.count(u',');
    if (commas > 1 || (commas == 1 && text.size() > 24))
        return false;
    return true;
}

namespace {

// Spaces outside quotation marks separate the parts of a one-line headline.
QList<QStringView> headlineChunks(QStringView text)
{
    QList<QStringView> chunks;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text[i] : QChar(u' ');
        if (c == u'“' || c == u'《' || c == u'「' || c == u'『')
            ++depth;
        else if ((c == u'”' || c == u'》' || c == u'」' || c == u'』') && depth > 0)
            --depth;
        else if ((c.isSpace() || isIdeographicSpace(c)) && depth == 0) {
            if (i > start)
                chunks << text.sliced(start, i - start);
            start = i + 1;
        }
    }
    return chunks;
}

qsizetype wordLength(QStringView chunk)
{
    qsizetype n = 0;
    for (QChar c : chunk)
        n += isPunctuation(c) ? 0 : 1;
    return n;
}

// A kicker that introduces what follows: "…时强调", "…提出：".
bool endsLikeKicker(QStringView chunk)
{
    static const auto r =
        re(u"(?:强调|指出|表示|要求|提出|宣布|认为|希望|寄语|称|说)[:：]?$|[:：]$"_s);
    return r.match(chunk).hasMatch();
}

} // namespace

HeadlineParts splitHeadline(QStringView text)
{
    text = trimmed(text);
    HeadlineParts parts;
    QStringView main = text;
    const qsizetype dash = text.indexOf(u"——");
    if (dash > 0) {
        parts.subtitle = trimmed(text.sliced(dash)).toString();
        main = trimmed(text.first(dash));
    }
    const QList<QStringView> chunks = headlineChunks(main);
    auto rest = [&](int from) {
        const qsizetype begin = chunks[from].data() - main.data();
        return main.sliced(begin).toString();
    };
    parts.title = main.toString();
    if (chunks.size() < 2)
        return parts;
    const qsizetype first = wordLength(chunks[0]);
    const qsizetype second = wordLength(chunks[1]);
    if (first < 2 || wordLength(chunks.back()) < 2)
        return parts;
    bool kicker = false;
    if (endsLikeKicker(foldScript(chunks[0]))) {
        kicker = true;
    } else if (std::abs(first - second) <= 1) {
        kicker = false; // parallel phrases: 规划引领 项目支撑…, 山路变通途 乡村展新颜
    } else if (chunks.size() == 2) {
        // A short slogan over a full statement: 秋收秋种两不误 全市已收获秋粮186万亩.
        // Two short halves are one title: 守住耕地 就是守住饭碗.
        kicker = second >= kMinTitleAfterKicker && second >= first + 2;
    } else {
        // The parts after the first are parallel and the first is not: a kicker over them.
        kicker = wordLength(chunks[1]) == wordLength(chunks[2]);
    }
    if (kicker) {
        parts.kicker = chunks[0].toString();
        parts.title = rest(1);
    }
    return parts;
}

// --- Page structure ---------------------------------------------------------

std::optional<PageMarker> pageMarker(const Text &line)
{
    if (line.size() > 32 || !line.printed().contains(u'版'))
        return std::nullopt;
    // 第02版:要闻, 第A2版, A2版 要闻
    static const auto r = re(u"^(?:第{sp}*([A-Za-z]?\\d{1,3}|[一二三四五六七八九十]{1,3}){sp}*版"
                             u"|([A-Za-z]\\d{1,2}|\\d{1,2}){sp}*版)"
                             u"(?:{sp}*(?:[:：·|丨/／-]|{sp}){sp}*(\\S.{0,19}))?$"_s);
    const Text text = line.trimmed();
    const auto match = r.match(text.folded());
    if (!match.hasMatch())
        return std::nullopt;
    PageMarker marker;
    marker.page = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
    marker.name = printedAt(text.printed(), match, 3).trimmed().toString();
    return marker;
}

bool isSectionBanner(const Text &line)
{
    const Text trimmedLine = line.trimmed();
    const QStringView text = trimmedLine.folded();
    static const auto bracketed =
        re(u"^(?:【[^】]{1,14}】|〖[^〗]{1,14}〗|[■◆◇●▲]{sp}*\\p{Han}[^，。,]{3,14})$"_s);
    static const auto named = re(
        u"^(?:要闻|综合|综合新闻|经济|社会|时政|国内|国际|体育|文化|副刊|理论|民生|法治|教育|健康|"
        u"旅游|城事|本地新闻|地方|县区|视点|专题|特刊|财经|科技|农业|文体|评论|观点|深度|聚焦)$"_s);
    return bracketed.match(text).hasMatch() || named.match(text).hasMatch();
}

bool isColumnName(const Text &line)
{
    const Text trimmedLine = line.trimmed();
    const QStringView text = trimmedLine.folded();
    // A short name ending in a word papers name columns with (法官手记, 出行提示,
    // 今日视点); a kicker is a phrase, not a name.
    static const auto column = re(
        u"^\\p{Han}{1,5}(?:手记|随笔|札记|笔记|观察|视点|视窗|提示|课堂|论坛|茶座|纵横|漫谈|快评|"
        u"锐评|短评|时评|纪事|故事|一线|在线|专栏|直通车|面对面|连线|现场|关注|广角|掠影|扫描|"
        u"速写|档案|百科|讲堂|信箱|热线)$"_s);
    return column.match(text).hasMatch();
}

bool isBriefColumn(const Text &text)
{
    static const auto r = re(u"^(?:[【〖■◆●]{sp}*)?(?:\\p{Han}{0,4})"
                             u"(?:简讯|快讯|短讯|速递|简报|速览|动态|资讯|一句话新闻)"
                             u"(?:[】〗])?$"_s);
    const Text trimmedText = text.trimmed();
    return r.match(trimmedText.folded()).hasMatch();
}

bool isGroupHeadline(const Text &line)
{
    const Text trimmedLine = line.trimmed();
    const QStringView text = trimmedLine.folded();
    if (isBriefColumn(trimmedLine))
        return true;
    // A block of voices: "全市各界干部群众热议…", "代表委员畅谈…".
    static const auto r =
        re(u"(?:热议|畅谈|畅议|纵论|共话|众说|漫谈|各界\\p{Han}{0,6}(?:说|谈|议))"_s);
    return r.match(text).hasMatch();
}

std::optional<Masthead> masthead(const Text &line)
{
    if (line.size() > 48 || !line.printed().contains(u'年'))
        return std::nullopt;
    // The edition after the date and weekday: 第1234期, or both numbers 第1234期 总第5678号.
    static const auto r = re(u"^(?:({paper}){sp}*)?"
                             u"(\\d{4}){sp}*年{sp}*(\\d{1,2}){sp}*月{sp}*(\\d{1,2}){sp}*日"
                             u"(?:{sp}*(?:星期|周)[一二三四五六日天])?"
                             u"(?:{sp}*农历\\S{0,12})?(?:{sp}*({edition}(?:{sp}*{edition})?))?$"_s);
    const Text text = line.trimmed();
    const auto match = r.match(text.folded());
    if (!match.hasMatch())
        return std::nullopt;
    return Masthead{printedAt(text.printed(), match, 1).toString(), match.captured(2).toInt(),
                    match.captured(3).toInt(), match.captured(4).toInt(),
                    printedAt(text.printed(), match, 5).toString()};
}

bool isPaperName(const Text &text)
{
    static const auto r = re(u"^{paper}$"_s);
    const Text trimmedText = text.trimmed();
    return r.match(trimmedText.folded()).hasMatch();
}

namespace {

// Words ending in 报 that name no newspaper, though a headline or a column may
// end in them. A masthead's paper is never one of these, so a line ending in one
// is never taken for a paper's name, wherever it stands:
// - reports and notices printed in a paper: 汇报 (a report to superiors), 通报
//   (an official circular), 简报 (a bulletin, also a brief column), 情报, 公报 (a
//   communiqué: 统计公报), 年报, 季报, 月报 (reports; 月报 also a magazine's name);
// - good news posted up: 喜报, 捷报, 战报;
// - forecasts and alarms: 预报 (天气预报 is a box on many pages), 警报, 播报 (a
//   broadcast, a column name: 新闻播报);
// - other kinds of print: 学报 (an academic journal), 画报 (a pictorial magazine),
//   海报 (a poster), 电报 (a telegram), and the hand-made sheets 墙报, 壁报, 板报
//   (黑板报), 字报 (大字报), 抄报 (手抄报);
// - verbs: 举报, 申报, 上报, 填报, 呈报, 禀报, 转报, 回报, 谎报, 瞒报, 漏报, 误报,
//   虚报, and the reading and selling of papers: 读报, 看报, 订报, 送报, 办报, 登报,
//   见报, 书报 (书报亭).
// The price of this caution: a paper whose name ends in such a word (文汇报) is
// not recognised on a line of its own; its one-line masthead and its path still
// name it. 快报 stays a paper's word (现代快报, 新快报), and so do 小报 and 电子报: next to a
// date line at the top of a page they are the paper's name.
constexpr QStringView kNotPaperWords =
    u"汇通简情公年季月喜捷战预警播学画海电墙壁板字抄举申上填呈禀转回谎瞒漏误虚读看订送办登见书";

} // namespace

std::optional<QString> mastheadPaper(const Text &line)
{
    const Text trimmedLine = line.trimmed();
    if (trimmedLine.size() < 3 || trimmedLine.size() > 12)
        return std::nullopt;
    // A name of at least two characters (新京报, 大河报; a single character before
    // 报 is nearly always a word: 喜报, 海报), the newspaper word, and an edition
    // of the same paper printed after its name (人民日报海外版, 农民日报（农村版）).
    static const auto r =
        re(u"^(\\p{Han}{2,9}?(日报|晚报|早报|晨报|时报|商报|都市报|青年报|"
           u"法制报|法治报|农民报|工人报|导报|周报|快报|报))"
           u"(?:{sp}?[(（]?(?:海外版|农村版|城市版|周末版|英文版|数字版)[)）]?)?$"_s);
    const auto match = r.match(trimmedLine.folded());
    if (!match.hasMatch())
        return std::nullopt;
    // The exclusions are for 报 alone: 青年报 is a newspaper word, 年报 none.
    const QStringView name = match.capturedView(1);
    if (match.capturedView(2) == u"报" && kNotPaperWords.contains(name[name.size() - 2]))
        return std::nullopt;
    return trimmedLine.printed().toString();
}

std::optional<QString> mastheadDetail(const Text &line)
{
    const Text trimmedLine = line.trimmed();
    if (trimmedLine.isEmpty() || trimmedLine.size() > 40)
        return std::nullopt;
    // One or more of: the lunar date (农历己亥年正月十六, 农历八月廿三), the weekday,
    // the edition, the number of pages printed today (今日8版, 本期共16版). The
    // lunar date is spelled out, month and day, so that a headline that only opens
    // with 农历 (农历新年将至…) is none.
    static const auto r =
        re(u"^(?:(?:农历(?:\\p{Han}{2,3}年)?闰?(?:正|冬|腊|十一|十二|[一二三四五六七八九十])月"
           u"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|"
           u"二十[一二三四五六七八九]?|三十|卅)"
           u"|(?:星期|周)[一二三四五六日天]|{edition}"
           u"|(?:今日|本期|本报今日)?共?(?:\\d{1,3}|[一二三四五六七八九十]{1,3})版)"
           u"{sp}*)+$"_s);
    // A page count needs its 今日, 本期 or 共: "08版" alone is a page marker.
    static const auto bareCount = re(u"^(?:\\d{1,3}|[一二三四五六七八九十]{1,3})版$"_s);
    static const auto edition = re(u"{edition}"_s);
    const QStringView text = trimmedLine.folded();
    if (!r.match(text).hasMatch() || bareCount.match(text).hasMatch())
        return std::nullopt;
    QStringList editions;
    auto it = edition.globalMatch(text);
    while (it.hasNext())
        editions << printedAt(trimmedLine.printed(), it.next()).toString();
    return editions.join(u' ');
}

// --- Credits ----------------------------------------------------------------

QList<CreditEntry> credits(const Text &line)
{
    if (!line.printed().contains(u':') && !line.printed().contains(u'：'))
        return {};
    // Who made the page. Longer roles first, so that 本版编辑 is not read as 编辑.
    static const auto r =
        re(u"(设计制作|本版编辑|本版责编|责任编辑|责任校对|值班编辑|图片编辑|版式设计|"
           u"版面设计|视觉设计|美术编辑|美编|责编|编辑|主编|校对|审校|校审|审读|终审|"
           u"签发|制图|排版|组版|设计|制作){sp}*{colon}{sp}*([^\\s:：|丨/／]{1,12})"_s);
    const Text trimmedLine = line.trimmed();
    const QStringView text = trimmedLine.printed();
    if (text.isEmpty() || text.size() > 80)
        return {};
    QList<CreditEntry> entries;
    qsizetype covered = 0;
    auto it = r.globalMatch(trimmedLine.folded());
    while (it.hasNext()) {
        const auto match = it.next();
        // Only separators may stand between two credits.
        for (qsizetype i = covered; i < match.capturedStart(); ++i) {
            const QChar c = text[i];
            if (!c.isSpace() && !isIdeographicSpace(c) && c != u'|' && c != u'丨' && c != u'/' &&
                c != u'／' && c != u'；' && c != u';' && c != u'，' && c != u',')
                return {};
        }
        entries << CreditEntry{printedAt(text, match, 1).toString(),
                               printedAt(text, match, 2).toString()};
        covered = match.capturedEnd();
    }
    if (covered != text.size())
        return {};
    return entries;
}

// --- Bylines ----------------------------------------------------------------

bool namesReporter(const Text &byline)
{
    const QStringView folded = byline.folded();
    return folded.contains(u"记者") || folded.contains(u"通讯员");
}

QStringList namesFromCreditRun(QStringView run)
{
    static const auto tokenRe = re(u"[^\\s\\x{3000}、,，/／]+"_s);
    // 报道 and 综合 ("记者 王茵 报道", "综合报道") are no names: they go from the
    // folded and the printed text alike, so that both keep the same positions.
    QString folded = foldScript(run);
    QString printed = run.toString();
    for (const QStringView word : {QStringView(u"报道"), QStringView(u"综合")}) {
        for (qsizetype at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at)) {
            folded.remove(at, word.size());
            printed.remove(at, word.size());
        }
    }
    QStringList names;
    auto it = tokenRe.globalMatch(folded);
    while (it.hasNext()) {
        const auto token = it.next();
        const QStringView word =
            QStringView(folded).sliced(token.capturedStart(), token.capturedLength());
        const QStringView printedWord = printedAt(printed, token);
        if (roleRe().match(word).hasMatch())
            continue;
        if (const auto glued = roleThenNameRe().match(word); glued.hasMatch())
            names << printedWord.sliced(glued.capturedStart(2), glued.capturedLength(2)).toString();
        else if (nameRe().match(word).hasMatch())
            names << printedWord.toString();
    }
    return names;
}

std::optional<BylineMatch> standaloneByline(const Text &line)
{
    const Text text = line.trimmed();
    const QStringView printed = text.printed();
    if (printed.isEmpty() || printed.size() > kMaxBylineChars)
        return std::nullopt;
    const QStringView folded = text.folded();
    if (!mentionsWriter(folded))
        return std::nullopt;

    // □ 张文, ■张文: commentary and column bylines.
    static const auto boxed = re(u"^[□■◎]{sp}*({name}(?:{sp}+{name})*)$"_s);
    if (const auto match = boxed.match(folded); match.hasMatch())
        return BylineMatch{printed.toString(), namesFromCreditRun(printedAt(printed, match, 1)), 0,
                           false, true};

    // 文/张文, 文·图 张文, 撰文 张文
    // The mark and the name are apart: "文旅简讯" is no byline of 旅简讯.
    static const auto writtenBy =
        re(u"^(?:文|图|文图|文·图|图文|文/图|图/文|撰文|整理)"
           u"(?:{sp}*[/／:：]{sp}*|{sp}+)({name}(?:[\\s\\x{3000}、]+{name})*)$"_s);
    if (const auto match = writtenBy.match(folded); match.hasMatch())
        return BylineMatch{printed.toString(), namesFromCreditRun(printedAt(printed, match, 1)), 0,
                           false, false};

    // 本报记者 李锋 / 本报记者 王晓东 实习生 陈思 / 本报评论员: roles and names only.
    static const auto tokenRe = re(u"[^\\s\\x{3000}、,，]+"_s);
    QList<QRegularExpressionMatch> tokens;
    for (auto it = tokenRe.globalMatch(folded); it.hasNext();)
        tokens << it.next();
    bool sawRole = false;
    bool commentary = false;
    QStringList names;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString token = tokens[i].captured();
        const QStringView printedToken = printedAt(printed, tokens[i]);
        if (roleRe().match(token).hasMatch()) {
            sawRole = true;
            commentary = commentary || token.endsWith(u"评论员"_s);
        } else if (const auto glued = roleThenNameRe().match(token); glued.hasMatch()) {
            sawRole = true;
            names
                << printedToken.sliced(glued.capturedStart(2), glued.capturedLength(2)).toString();
        } else if (sawRole && nameRe().match(token).hasMatch()) {
            names << printedToken.toString();
        } else if (sawRole && i == tokens.size() - 1 && token == u"报道"_s) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (!sawRole)
        return std::nullopt;
    return BylineMatch{printed.toString(), names, 0, false, commentary};
}

std::optional<BylineMatch> inlineByline(const Text &line)
{
    static const auto r =
        re(u"^(本报讯|本报\\S{1,16}?讯|(?:新华社|中新社|中新网|人民网|新华网|央视网|"
           u"中国日报|人民日报)[^\\s，。,（(]{0,20}?电)"
           u"(?:{sp}*{open}([^）)]{1,60}){close})?"_s);
    const QStringView printed = trimmed(line.printed());
    const Text opening = lineOpening(line, 200);
    const QStringView text = opening.folded();
    if (!text.startsWith(u"本报") && !text.startsWith(u"新华") && !text.startsWith(u"中新") &&
        !text.startsWith(u"人民") && !text.startsWith(u"央视") && !text.startsWith(u"中国日报"))
        return std::nullopt;
    const auto match = r.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QStringView inParens = printedAt(printed, match, 2);
    // "(记者 王茵)" names people; "(通讯员 赵可 记者 钱林)" several.
    QStringList names;
    if (!inParens.isEmpty()) {
        names = namesFromCreditRun(inParens);
        if (names.isEmpty() && !roleRe().match(trimmed(match.capturedView(2))).hasMatch() &&
            !namesReporter(inParens))
            return BylineMatch{
                printedAt(printed, match, 1).toString(), {}, match.capturedLength(1), true, false};
    }
    return BylineMatch{printedAt(printed, match, 0).toString(), names, match.capturedLength(0),
                       true, false};
}

// --- Captions ---------------------------------------------------------------

std::optional<QString> captionCredit(const Text &line)
{
    const Text trimmedLine = line.trimmed();
    const QStringView printed = trimmedLine.printed();
    const QStringView folded = trimmedLine.folded();
    QStringView text = folded;
    bool bracketed = false;
    while (!text.isEmpty() && (text.back() == u')' || text.back() == u'）')) {
        text = trimmed(text.chopped(1));
        bracketed = true;
    }
    if (text.endsWith(u"摄影"))
        text.chop(2);
    else if (text.endsWith(u'摄'))
        text.chop(1);
    else
        return std::nullopt;
    const bool spaced =
        !text.isEmpty() && (text.back().isSpace() || isIdeographicSpace(text.back()));
    // The credit is the run after the caption's last sentence or an opening bracket.
    qsizetype start = text.size();
    while (start > 0) {
        const QChar c = text[start - 1];
        if (isSentenceFinal(c) || c == u'，' || c == u',' || c == u'（' || c == u'(' || c == u'；')
            break;
        --start;
    }
    const QStringView run = trimmed(text.sliced(start));
    if (run.isEmpty() || run.size() > 30)
        return std::nullopt;
    // "记者 林枫 摄" names a role; a bare name needs a space or brackets before 摄,
    // or "他负责摄" would credit "他负责".
    static const auto withRole = re(u"{role}"_s);
    if (!spaced && !bracketed && !withRole.match(run).hasMatch())
        return std::nullopt;
    const QStringList names = namesFromCreditRun(printedAt(printed, folded, run));
    if (names.isEmpty())
        return std::nullopt;
    return names.join(u'、');
}

bool hasCaptionCredit(const Text &text)
{
    return captionCredit(text).has_value();
}

bool mentionsPicture(const Text &line)
{
    const Text trimmedLine = line.trimmed();
    const QStringView text = trimmedLine.folded();
    if (!text.contains(u'图'))
        return false;
    static const auto r = re(u"^(?:[上下左右中]图|图[①-⑩\\d]|图片|图为)|[。，,；]图为"_s);
    return r.match(text).hasMatch();
}

bool hasOcrPictureCue(const Text &text)
{
    return text.folded().contains(u"。因为");
}

bool startsWithDate(const Text &line)
{
    const Text printed = line.trimmed();
    if (printed.isEmpty() || !printed.printed().front().isDigit())
        return false;
    const QStringView text = printed.folded();
    static const auto r =
        re(u"^(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日"
           u"(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|清晨|早晨|早上|夜间|晚|夜)?[,，]"_s);
    return r.match(text).hasMatch();
}

// --- Vox pops and interviews ------------------------------------------------

bool isVoxPopPerson(const Text &line)
{
    const Text opening = lineOpening(line, 12);
    const QStringView text = opening.folded();
    if (!text.startsWith(u"人物"))
        return false;
    static const auto r = re(u"^人物{sp}*{colon}"_s);
    return r.match(text).hasMatch();
}

bool isVoxPopQuote(const Text &line)
{
    const Text opening = lineOpening(line, 12);
    const QStringView text = opening.folded();
    if (!text.startsWith(u"同期声"))
        return false;
    static const auto r = re(u"^同期声{sp}*{colon}"_s);
    return r.match(text).hasMatch();
}

bool isQuestionOrAnswer(const Text &line)
{
    const Text opening = lineOpening(line, 12);
    const QStringView text = opening.folded();
    if (text.isEmpty() || !QStringView(u"本记主问答QA").contains(text.front()))
        return false;
    static const auto r = re(u"^(?:本报记者|记者|主持人|问|答|Q|A){sp}*{colon}"_s);
    return r.match(text).hasMatch();
}

bool isInterviewCue(const Text &headline)
{
    static const auto r = re(u"——{sp}*(?:专)?访|专访|访谈|对话|答记者问"_s);
    return r.match(headline.folded()).hasMatch();
}

bool isCommentaryCue(const Text &headline)
{
    static const auto r = re(u"评论|短评|时评|社论|述评|评论员|随笔|杂谈|言论|今日谈|"
                             u"——{sp}*写在.{1,30}(?:之际|之时|前夕|之后)"_s);
    return r.match(headline.folded()).hasMatch();
}

// --- Quotations -------------------------------------------------------------

int quotationBalance(QStringView text)
{
    int balance = 0;
    for (QChar c : text) {
        if (c == u'“' || c == u'「' || c == u'『')
            ++balance;
        else if (c == u'”' || c == u'」' || c == u'』')
            --balance;
    }
    return balance;
}

// --- Jumps ------------------------------------------------------------------

bool isJumpMarker(const Text &line)
{
    const Text text = line.trimmed();
    const QStringView printed = text.printed();
    if (!(printed.endsWith(u')') || printed.endsWith(u'）')) || !printed.contains(u'版'))
        return false;
    static const auto r = re(u"{open}{sp}*(?:下转|上接|转|接){sp}*第?{sp}*"
                             u"[A-Za-z0-9一二三四五六七八九十]{1,3}{sp}*版{sp}*{close}$"_s);
    // Only the end of a line can be a jump marker; only the end needs folding (下轉).
    const Text end = text.last(std::min<qsizetype>(text.size(), 32));
    return r.match(end.folded()).hasMatch();
}

namespace {

// 2, 12, 二, 十二, 二十: a page number as jump markers print it; 0 if none.
int pageNumber(QStringView digits)
{
    bool ok = false;
    const int arabic = digits.toInt(&ok);
    if (ok)
        return arabic;
    static const QString numerals = u"一二三四五六七八九"_s;
    int value = 0;
    int unit = 0;
    for (const QChar c : digits) {
        if (c == u'十') {
            value += 10 * std::max(unit, 1);
            unit = 0;
        } else if (const qsizetype n = numerals.indexOf(c); n >= 0) {
            unit = int(n) + 1;
        } else {
            return 0;
        }
    }
    return value + unit;
}

std::optional<JumpMarker> jumpMatch(QStringView text, const QRegularExpression &expression)
{
    const QString folded = foldScript(text);
    if (folded.size() != text.size())
        return std::nullopt;
    const QRegularExpressionMatch match = expression.match(folded);
    if (!match.hasMatch())
        return std::nullopt;
    const int page = pageNumber(match.capturedView(1));
    if (page <= 0)
        return std::nullopt;
    return JumpMarker{page, match.capturedStart(0), match.capturedLength(0)};
}

} // namespace

std::optional<JumpMarker> onwardJump(QStringView text)
{
    static const auto r = re(u"{open}{sp}*下?转{sp}*第?{sp}*([0-9一二三四五六七八九十]{1,3})"
                             u"{sp}*版{sp}*{close}{sp}*$"_s);
    return jumpMatch(text, r);
}

std::optional<JumpMarker> backJump(QStringView text)
{
    static const auto r = re(u"^{sp}*{open}{sp}*上?接{sp}*第?{sp}*([0-9一二三四五六七八九十]{1,3})"
                             u"{sp}*版{sp}*{close}"_s);
    return jumpMatch(text, r);
}

// --- Topic ------------------------------------------------------------------

namespace {

QSet<quint32> termPairs(QStringView text)
{
    const QString folded = foldScript(text.first(std::min(text.size(), kTopicTextChars)));
    QSet<quint32> pairs;
    for (qsizetype i = 0; i + 1 < folded.size(); ++i) {
        const QChar a = folded[i];
        const QChar b = folded[i + 1];
        if (a.isLetterOrNumber() && b.isLetterOrNumber())
            pairs.insert(quint32(a.unicode()) << 16 | b.unicode());
    }
    return pairs;
}

} // namespace

qsizetype sharedTerms(QStringView a, QStringView b)
{
    const QSet<quint32> first = termPairs(a);
    const QSet<quint32> second = termPairs(b);
    const QSet<quint32> &smaller = first.size() <= second.size() ? first : second;
    const QSet<quint32> &larger = first.size() <= second.size() ? second : first;
    return std::count_if(smaller.begin(), smaller.end(),
                         [&larger](quint32 pair) { return larger.contains(pair); });
}

// --- Photo items set into a column -------------------------------------------

bool resumesAfterPhotoItem(QStringView cutText, QStringView nextText, QStringView interrupted,
                           QStringView photoItem)
{
    // No visible cut, nothing to resume: the interrupted article had ended.
    if (endsSentence(cutText))
        return false;
    switch (openingOf(nextText)) {
    case Opening::Fresh: // a dateline, 本报讯, an opener word: a paragraph of its own
        return false;
    case Opening::MidSentence: // "场作业。": the rest of the cut word or sentence
        return true;
    case Opening::Unknown:
        break;
    }
    // "便捷的基本医疗服务,…": it may go on either text; it goes on the one it is about.
    return sharedTerms(nextText, interrupted) > sharedTerms(nextText, photoItem);
}

bool isLeadOfNextArticle(QStringView text, QStringView nextArticle, QStringView photoItem)
{
    const qsizetype aboutNext = sharedTerms(text, nextArticle);
    return aboutNext >= kMinSharedTerms && aboutNext >= sharedTerms(text, photoItem);
}

} // namespace Broadsheet::Conventions
