#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <type_traits>

namespace Broadsheet::Conventions {

// The conventions of Chinese newspaper text, as named rules. Everything the
// parser knows about how an e-paper issue is laid out lives here; the parser
// itself only combines these answers. Each rule has its own data-driven test.

// --- Thresholds -----------------------------------------------------------

// A headline (kicker, title and subtitle together on one line) is short.
inline constexpr int kMaxHeadlineChars = 48;
inline constexpr int kMaxHeadlineWithSubtitleChars = 80;
// A kicker and a title on one line: the title, a full statement, is this long.
inline constexpr int kMinTitleAfterKicker = 10;
// Longer runs without a space are sentences, not a headline's phrases.
inline constexpr int kMaxHeadlinePhraseChars = 32;
// A standalone byline or caption credit is short.
inline constexpr int kMaxBylineChars = 40;
// A caption set into the text, found by its picture cue alone, is short.
inline constexpr int kMaxInsetCaptionChars = 200;
// Blank lines that mark a region break between blocks of the page.
inline constexpr int kRegionBreakBlankLines = 3;
// A repeated run shorter than this may be a coincidence; longer ones are
// extraction artefacts ("tens of characters").
inline constexpr int kMinRepeatedChars = 16;
// Pieces of a clause this short before the first punctuation mark are the tail
// of a sentence that began in the previous column.
inline constexpr int kMaxSentenceTailChars = 5;
// Chinese personal names: two to four characters (compound surnames included).
inline constexpr int kMinNameChars = 2;
inline constexpr int kMaxNameChars = 4;
// What a text is about is told by this much of it (the character pairs it has).
inline constexpr qsizetype kTopicTextChars = 4000;
// Character pairs (names, places, terms) a lead must share with the article it
// is the lead of.
inline constexpr qsizetype kMinSharedTerms = 2;

// --- Script ---------------------------------------------------------------

// The conventions are written in simplified characters; an issue in traditional
// script (a Big5 file from Hong Kong or Taiwan) prints the same conventions in
// traditional ones: 本報訊(記者 陳家明), 圖為, 責任編輯. Every rule below
// recognises its cues through this fold, traditional to simplified one character
// for one (OpenCC's character table, TSCharacters; no phrase conversion), so that
// a position in the folded text is the same position in the printed one. What a
// rule hands back (a byline, names, a page name) is the printed text: the fold is
// for recognising only, never for what is shown or stored.
QString foldScript(QStringView text);
// Whether OpenCC's character table could be loaded (the fold is the identity
// without it, and traditional-script issues lose their structure).
bool scriptFoldAvailable();

// A text as printed together with its fold, what the rules below read. The fold
// is made once, when a rule first asks for it: a line meets some twenty rules
// while it is classified, and folding it for each (a copy of the line every
// time) was a tenth of the parser's work. A rule asked about a plain string
// folds it itself, so callers with a single question need not know of this.
// A part (trimmed, first, …) shares the fold made so far, or folds only itself.
class Text
{
public:
    template<typename String,
             std::enable_if_t<std::is_convertible_v<const String &, QStringView>, bool> = true>
    Text(const String &printed)
        : m_printed(printed)
    {}

    // Folded now: for a text that many rules will ask about, and their parts.
    static Text withFold(QStringView printed);

    QStringView printed() const { return m_printed; }
    // A view of the fold this text holds: valid while this text (or a part) lives.
    QStringView folded() const;
    qsizetype size() const { return m_printed.size(); }
    bool isEmpty() const { return m_printed.isEmpty(); }

    Text trimmed() const;
    Text first(qsizetype n) const { return sliced(0, n); }
    Text last(qsizetype n) const { return sliced(size() - n, n); }
    Text sliced(qsizetype position, qsizetype n) const;

private:
    QStringView m_printed;
    mutable QString m_fold;       // shared with the text this is a part of
    mutable QStringView m_folded; // the fold of m_printed, within m_fold
    mutable bool m_isFolded = false;
};

// --- Punctuation ----------------------------------------------------------

bool isSentenceFinal(QChar c);     // 。！？!?… and the full stop of a Latin sentence
bool isClosingMark(QChar c);       // ”’」』）)】》 — close a quotation or aside
bool isClausePunctuation(QChar c); // ，、；：,;:
bool isPunctuation(QChar c);
bool isIdeographicSpace(QChar c);
QStringView trimmed(QStringView text); // also trims U+3000

// True when the text ends where a sentence may end; false when a column or
// page break cut it mid-sentence.
bool endsSentence(const Text &text);

// How a line of body text begins.
enum class Opening {
    MidSentence, // the tail of a sentence begun elsewhere ("安排。", "验,加快…")
    Fresh,       // a paragraph's start: a dateline, a byline, an opener word
    Unknown,
};
Opening openingOf(const Text &text);

// --- Headlines ------------------------------------------------------------

// A line that may be a headline part by its own shape: short, not a sentence,
// not the cut-off end of a clause. Context decides the rest.
bool looksLikeHeadline(const Text &text);
bool isSubtitle(QStringView text); // a short line starting with a dash: ——访…, —写在…
bool isNumberedSubhead(QStringView text); // 一、… (一)… 1.… inside an article body
// A numbered intertitle of a long article (一、让数据成为新农资, （二）…): a short
// line with no punctuation after its number. It is a paragraph of its own: it
// ends without a full stop, but no column break cut it.
bool isIntertitle(const Text &text);

struct HeadlineParts
{
    QString kicker;
    QString title;
    QString subtitle;
};
// Splits a one-line headline into kicker, title and subtitle: "K T", "T ——S".
HeadlineParts splitHeadline(QStringView text);

// --- Page structure -------------------------------------------------------

struct PageMarker
{
    QString page; // "02", "A2"
    QString name; // "要闻", may be empty
};
// 第02版:要闻, 第A2版, A2版 要闻, 02版/要闻.
std::optional<PageMarker> pageMarker(const Text &text);
// A short line naming a regular section or column: 要闻, 【民生】, ■今日关注.
bool isSectionBanner(const Text &text);
// The name of a regular column (法官手记, 出行提示): a banner when it stands
// above a headline, though alone it could be a title.
bool isColumnName(const Text &text);
// A group headline over several short pieces: a 热议 block, a 简讯 column.
bool isGroupHeadline(const Text &text);
bool isBriefColumn(const Text &text); // 简讯, 快讯, 短讯, …
// A masthead line giving the paper and the date: 辽源日报 2019年2月19日 星期二, and
// the date line alone: 2019年2月20日 星期三 农历正月十六 第12345期. The numbers are
// as printed: the caller checks that they make a date.
struct Masthead
{
    QString paper;
    int year = 0;
    int month = 0;
    int day = 0;
    QString edition; // as printed: 第1234期, 总第5678号; empty when not printed
};
std::optional<Masthead> masthead(const Text &text);
// A newspaper's name and nothing else: 辽源日报, 遼源日報, 燕赵都市报 (a masthead's
// paper, or a folder named after the paper).
bool isPaperName(const Text &text);

// E-paper text extractors as often leave the masthead as separate lines at the
// top of a page: the paper's name alone, then the date line, maybe the lunar date
// and the edition, then the page marker:
//     吉林日报 / 2019年2月20日 星期三 / 农历己亥年正月十六 / 第12345期 / 第03版：要闻
// A line that may be the paper's name on such a masthead: 3 to 12 characters,
// Chinese only, a name before a newspaper word (日报, 晚报, 都市报, 青年报, 导报,
// …, or 报 alone), maybe an edition suffix (海外版, 农村版). Words ending in 报
// that are no newspaper (汇报, 通报, 预报, 喜报, …) never are. Gives the name as
// printed. Only where it stands makes it a masthead (see kMastheadTopLines).
std::optional<QString> mastheadPaper(const Text &text);
// The other lines of such a masthead: the lunar date (农历己亥年正月十六), the
// weekday, the edition (第12345期, 总第5678号) and the page count (今日8版). Gives
// the edition as printed, empty when the line prints none.
std::optional<QString> mastheadDetail(const Text &text);
// A masthead on separate lines stands among the first non-blank lines of the file
// or right above or below a page marker, and it always has its date line: a
// paper's name elsewhere is a headline. This many lines count as the file's top.
inline constexpr int kMastheadTopLines = 4;

// --- Credits --------------------------------------------------------------

struct CreditEntry
{
    QString role;
    QString name;
};
// 设计制作:X, 责任编辑:X 版式设计:Y (several on one line).
QList<CreditEntry> credits(const Text &text);

// --- Bylines --------------------------------------------------------------

struct BylineMatch
{
    QString text;            // the byline as printed
    QStringList authors;     // bare names
    qsizetype length = 0;    // characters of the paragraph it covers (inline bylines)
    bool agency = false;     // 本报讯, 新华社…电: a news report
    bool commentary = false; // 本报评论员, □ 张文
};
// A line that is only a byline: 本报记者 李锋, 本报记者 王晓东 实习生 陈思,
// □ 张文, 本报评论员, 文/图 张文.
std::optional<BylineMatch> standaloneByline(const Text &text);
// A byline opening a first paragraph: 本报讯(记者 王茵), 新华社北京3月4日电(记者 王立新).
std::optional<BylineMatch> inlineByline(const Text &text);
// A byline naming a staff reporter or correspondent (记者, 通讯员).
bool namesReporter(const Text &byline);
// Bare names from a run like "通讯员 赵可 记者 钱林" or "记者王茵".
QStringList namesFromCreditRun(QStringView run);

// --- Captions -------------------------------------------------------------

// The photographer of "…本报记者 张建树 摄" or "(新华社记者 X 摄)"; empty if none.
std::optional<QString> captionCredit(const Text &text);
// Strong caption cues: a photo credit, or 图为 (also as the OCR misreading 因为
// right after a full stop), 上图/左图, 图①.
bool hasCaptionCredit(const Text &text);
bool mentionsPicture(const Text &text);
bool hasOcrPictureCue(const Text &text); // "。因为…", only a cue, not proof
bool startsWithDate(const Text &text);   // 2月18日, / 9月26日,

// --- Vox pops and interviews ----------------------------------------------

bool isVoxPopPerson(const Text &text);      // 人物:…
bool isVoxPopQuote(const Text &text);       // 同期声:…
bool isQuestionOrAnswer(const Text &text);  // 记者: / 问: / 答:
bool isInterviewCue(const Text &headline);  // ——访…, 专访, 访谈
bool isCommentaryCue(const Text &headline); // 评论, 短评, 社论, ——写在…之际

// --- Quotations -----------------------------------------------------------

// Opening minus closing quotation marks (“” and the 「」『』 of traditional
// script): > 0 leaves a quotation open (it goes on in the text's continuation),
// < 0 closes one opened before.
int quotationBalance(QStringView text);

// --- Jumps ----------------------------------------------------------------

bool isJumpMarker(const Text &text); // (下转第二版) / (上接第一版)

// Where an article printed in two places goes on (（下转第2版） at the end of the
// first part) or comes from (（上接第1版） opening the rest): the page it names
// and where the marker stands in the text.
struct JumpMarker
{
    int page = 0;
    qsizetype position = 0;
    qsizetype length = 0;
};
std::optional<JumpMarker> onwardJump(QStringView text); // ends with （下转第N版）
std::optional<JumpMarker> backJump(QStringView text);   // opens with （上接第N版）

// --- Topic ----------------------------------------------------------------

// How many character pairs of letters and digits two texts share: the names,
// places and terms that tell what a text is about (traditional and simplified
// forms count as one). Only the first kTopicTextChars of each text count.
qsizetype sharedTerms(QStringView a, QStringView b);

// --- Photo items set into a column ----------------------------------------
// A photo item (a short headline over its caption, or a caption alone) is set
// into a column wherever the picture fits, often in the middle of another
// article's text. It has no text of its own: body text printed after it belongs
// to an article, either the one it interrupted or the one whose headline follows.

// A column break cut a paragraph, the photo item stands between the cut and the
// continuation. The text after the photo item completes the cut paragraph when
// the cut is visible in the text (`cutText` breaks off mid-sentence, sometimes
// mid-word) and `nextText` does not open a paragraph of its own: it starts
// mid-sentence, or it carries on what the interrupted article (`interrupted`:
// its headline and text) is about more than what the photo item (`photoItem`:
// its headline and caption) shows.
bool resumesAfterPhotoItem(QStringView cutText, QStringView nextText, QStringView interrupted,
                           QStringView photoItem);

// A lead printed before its headline, right after a photo item: the text between
// the photo item and the next headline is that article's lead when it shares at
// least kMinSharedTerms names, places or terms with the article (`nextArticle`:
// its headline and text), and at least as many as with the photo item
// (`photoItem`: headline and caption) — a photo item has no text of its own, so
// a tie goes to the article.
bool isLeadOfNextArticle(QStringView text, QStringView nextArticle, QStringView photoItem);

} // namespace Broadsheet::Conventions
