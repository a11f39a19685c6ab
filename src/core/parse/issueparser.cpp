#include "issueparser.h"

#include "articleassembler.h"
#include "conventions.h"
#include "doubtrules.h"
#include "issuemetadata.h"
#include "lineclassifier.h"
#include "logging.h"
#include "pagelayout.h"
#include "paragraphbuilder.h"
#include "positionedissue.h"
#include "sourcetext.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <thread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Broadsheet {

using namespace Conventions;

namespace {

ArticleKind kindOf(const Article &article, bool briefGroup)
{
    for (const Paragraph &paragraph : article.paragraphs) {
        if (isVoxPopPerson(paragraph.text) || isVoxPopQuote(paragraph.text))
            return ArticleKind::VoxPop;
    }
    const QString headline = headlineLines(article.kicker, article.title, article.subtitle);
    int questions = 0;
    for (const Paragraph &paragraph : article.paragraphs)
        questions += isQuestionOrAnswer(paragraph.text) ? 1 : 0;
    if (isInterviewCue(headline) || questions >= 2)
        return ArticleKind::Interview;
    const bool commentaryByline =
        article.byline &&
        (standaloneByline(article.byline->text).value_or(BylineMatch{}).commentary);
    if (commentaryByline || isCommentaryCue(headline))
        return ArticleKind::Commentary;
    if (briefGroup)
        return ArticleKind::Brief;
    if (article.paragraphs.isEmpty() && !article.captions.isEmpty())
        return ArticleKind::Photo;
    if (article.byline) {
        if (article.byline->isInline || namesReporter(article.byline->text))
            return ArticleKind::News;
    }
    return ArticleKind::Other;
}

// Builds the article a draft became; its doubts go to `doubts` (article id not
// yet set). `cut` is the doubt about a cut paragraph, copied for each: a large
// issue has thousands, and they share one message.
Article buildArticle(const ArticleDraft &draft, const QList<ClassifiedLine> &lines,
                     const Doubt &cut, QList<Doubt> &doubts)
{
    Article article;
    article.group = draft.group;
    article.kicker = draft.kicker;
    article.title = draft.title;
    article.subtitle = draft.subtitle;
    article.byline = draft.byline;
    article.notes = draft.notes;

    QList<BodyPiece> pieces;
    pieces.reserve(draft.body.size());
    for (qsizetype index : draft.body) {
        const ClassifiedLine &line = lines[index];
        pieces << BodyPiece{line.number(), line.text().toString(), line.opening};
        if (line.againstShape != RoleOverride::None)
            doubts << DoubtRules::roleAgainstShape(line.number(), line.againstShape);
    }
    QList<int> cutLines;
    article.paragraphs = ParagraphBuilder::build(std::move(pieces), &article.notes, &cutLines);
    for (int line : std::as_const(cutLines)) {
        doubts << cut;
        doubts.last().line = line;
    }
    doubts << draft.doubts;

    QList<qsizetype> captions = draft.captions;
    std::sort(captions.begin(), captions.end());
    for (qsizetype index : captions) {
        const ClassifiedLine &line = lines[index];
        article.captions << Caption{line.text().toString(),
                                    {line.number()},
                                    captionCredit(line.text()).value_or(QString())};
        if (line.againstShape != RoleOverride::None)
            doubts << DoubtRules::roleAgainstShape(line.number(), line.againstShape);
    }

    if (!draft.body.isEmpty() && !article.paragraphs.isEmpty()) {
        const ClassifiedLine &last = lines[draft.body.last()];
        if (!endsSentence(article.paragraphs.last().text) && !isJumpMarker(last.text())) {
            article.notes << IssueParser::tr(
                                 "The text breaks off mid-sentence at line %1; the rest is not "
                                 "in this file (it continues elsewhere).")
                                 .arg(last.number());
        }
    }
    article.kind = kindOf(article, draft.briefGroup);
    return article;
}

// A headline line above the first of several vox-pop pieces is their group
// headline, not the first piece's kicker ("教师节里话初心" over the voices).
void promoteVoxPopKickers(Section &section)
{
    for (qsizetype i = 0; i + 1 < section.articles.size(); ++i) {
        Article &first = section.articles[i];
        const bool ownLine =
            first.kicker && first.title && first.kicker->lines != first.title->lines;
        if (first.group || !ownLine || first.kind != ArticleKind::VoxPop)
            continue;
        const Article &second = section.articles[i + 1];
        if (second.group || second.kicker || second.kind != ArticleKind::VoxPop)
            continue;
        const GroupHeading group{first.kicker->text, first.kicker->lines.first()};
        first.kicker.reset();
        for (qsizetype k = i; k < section.articles.size(); ++k) {
            Article &piece = section.articles[k];
            if (piece.kind != ArticleKind::VoxPop || (k > i && (piece.group || piece.kicker)))
                break;
            piece.group = group;
        }
    }
}

// A vox-pop block ends with its last vox-pop piece: what follows is not part of it.
void endVoxPopGroups(Section &section)
{
    std::optional<int> voxGroupLine;
    for (Article &article : section.articles) {
        if (!article.group) {
            voxGroupLine.reset();
            continue;
        }
        if (article.kind == ArticleKind::VoxPop) {
            voxGroupLine = article.group->line;
        } else if (voxGroupLine && article.group->line == *voxGroupLine) {
            article.group.reset();
        }
    }
}

// Where decoding replaced bytes with U+FFFD: the lines, the first kListedLines of them.
QString damageNote(const QList<int> &lines)
{
    constexpr qsizetype kListedLines = 50;
    QStringList numbers;
    for (qsizetype i = 0; i < std::min(lines.size(), kListedLines); ++i)
        numbers << QString::number(lines[i]);
    if (lines.size() > kListedLines)
        numbers << IssueParser::tr("%n more", nullptr, int(lines.size() - kListedLines));
    return IssueParser::tr("Undecodable bytes were replaced with \uFFFD on line(s) %1.", nullptr,
                           int(lines.size()))
        .arg(QLocale().createSeparatedList(numbers));
}

// Gives each doubt about a line the article that holds the line, if any.
void placeInArticles(const Issue &issue, QList<Doubt> &doubts)
{
    QHash<int, QList<qsizetype>> byLine;
    for (qsizetype d = 0; d < doubts.size(); ++d) {
        if (doubts[d].line > 0)
            byLine[doubts[d].line] << d;
    }
    if (byLine.isEmpty())
        return;
    const auto take = [&](const QList<int> &lines, int id) {
        for (int line : lines) {
            for (qsizetype d : byLine.value(line))
                doubts[d].articleId = id;
        }
    };
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles) {
            for (const auto *part : {&article.kicker, &article.title, &article.subtitle}) {
                if (*part)
                    take((*part)->lines, article.id);
            }
            if (article.byline)
                take(article.byline->lines, article.id);
            for (const Paragraph &paragraph : article.paragraphs)
                take(paragraph.lines, article.id);
            for (const Caption &caption : article.captions)
                take(caption.lines, article.id);
        }
    }
}

} // namespace

Result<QByteArray> IssueParser::readFile(const QString &path)
{
    const auto tooLarge = [&path](qint64 size) {
        return Error{
            Error::Code::InvalidInput,
            IssueParser::tr("%1 is too large (%2 MB); issue files larger than %3 MB are refused.")
                .arg(path, QString::number(size / (1024 * 1024)),
                     QString::number(kMaxFileBytes / (1024 * 1024)))};
    };
    const auto unreadable = [&path](const QString &reason) {
        return Error{Error::Code::Io, IssueParser::tr("%1 cannot be read: %2").arg(path, reason)};
    };
    const auto notRegular = [&path] {
        return Error{Error::Code::InvalidInput,
                     IssueParser::tr("%1 is not a regular file (it is a device, a pipe or a "
                                     "socket); issue files are regular files.")
                         .arg(path)};
    };
#ifdef Q_OS_UNIX
    // Asked before anything is opened: opening a FIFO for reading waits for a
    // writer, and a device such as /dev/zero never ends.
    const QByteArray native = QFile::encodeName(path);
    struct stat status;
    if (::stat(native.constData(), &status) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return Error{Error::Code::NotFound, IssueParser::tr("%1: no such file.").arg(path)};
        return unreadable(qt_error_string(errno));
    }
    if (S_ISDIR(status.st_mode))
        return Error{Error::Code::InvalidInput,
                     IssueParser::tr("%1 is a folder, not an issue file.").arg(path)};
    if (!S_ISREG(status.st_mode))
        return notRegular();
    if (status.st_size > kMaxFileBytes)
        return tooLarge(status.st_size);
    // Opened without waiting, in case the path was swapped for a FIFO meanwhile, and
    // checked again on what was opened.
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return unreadable(qt_error_string(errno));
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        ::close(fd);
        return notRegular();
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return unreadable(file.errorString());
    }
#else
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::Code::NotFound, IssueParser::tr("%1: no such file.").arg(path)};
    if (info.isDir())
        return Error{Error::Code::InvalidInput,
                     IssueParser::tr("%1 is a folder, not an issue file.").arg(path)};
    if (!info.isFile())
        return notRegular();
    if (info.size() > kMaxFileBytes)
        return tooLarge(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
#endif
    // Bounded whatever the size said: a file that grows, or one of the files in
    // /proc that say they are empty, is read only up to the limit.
    constexpr qint64 kChunk = 1024 * 1024;
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(file.size(), kMaxFileBytes) + 1));
    while (bytes.size() <= kMaxFileBytes) {
        const qsizetype have = bytes.size();
        const qint64 want = std::min<qint64>(kChunk, kMaxFileBytes + 1 - have);
        bytes.resize(have + qsizetype(want));
        const qint64 got = file.read(bytes.data() + have, want);
        if (got < 0)
            return unreadable(file.errorString());
        bytes.resize(have + qsizetype(got));
        if (got == 0)
            break;
    }
    if (bytes.size() > kMaxFileBytes)
        return Error{Error::Code::InvalidInput,
                     IssueParser::tr("%1 is larger than %2 MB; issue files larger than that are "
                                     "refused.")
                         .arg(path, QString::number(kMaxFileBytes / (1024 * 1024)))};
    return bytes;
}

Result<Issue> IssueParser::parseFile(const QString &path)
{
    const auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto issue = parse(*bytes, path);
    if (!issue)
        return Error{issue.error().code, IssueParser::tr("%1: %2").arg(path, issue.errorMessage())};
    // The file's modification time: the date when neither text nor path gives one.
    issue->metadata = IssueMetadata::detect(*issue, path, QFileInfo(path).lastModified());
    return issue;
}

namespace {

// Below this a thread would cost more than the hash it takes aside.
constexpr qsizetype kHashAsideBytes = 4 * 1024 * 1024;

} // namespace

QString IssueParser::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<Issue> IssueParser::parse(const QByteArray &bytes, const QString &path,
                                 const QString &sha256)
{
    if (bytes.size() > kMaxFileBytes)
        return Error{
            Error::Code::InvalidInput,
            IssueParser::tr("The file is too large; issue files larger than %1 MB are refused.")
                .arg(kMaxFileBytes / (1024 * 1024))};
    // A large file is hashed on another core while it is decoded and parsed: Qt's
    // SHA-256 runs at about 200 MiB/s, a fifth of the time of the parse itself.
    // (The library hashes its files beforehand and passes the hash in.)
    QString hash = sha256;
    if (looksLikePdf(bytes)) {
        auto positioned = readPdfText(bytes, path);
        if (!positioned)
            return positioned.error();
        Issue issue = PositionedIssue::parse(std::move(positioned).value(), path);
        issue.source.bytes = bytes.size();
        issue.source.sha256 = hash.isEmpty() ? sha256Of(bytes) : hash;
        return issue;
    }
    std::jthread hasher;
    if (hash.isEmpty() && bytes.size() >= kHashAsideBytes)
        hasher = std::jthread([&hash, &bytes] { hash = sha256Of(bytes); });
    auto decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return decoded.error();
    Issue issue = parseText(std::move(decoded->text), path);
    issue.source.encoding = decoded->encoding;
    issue.source.byteOrderMark = decoded->byteOrderMark;
    issue.source.bytes = bytes.size();
    if (hasher.joinable())
        hasher.join();
    issue.source.sha256 = hash.isEmpty() ? sha256Of(bytes) : hash;
    if (!decoded->doubt.isEmpty()) {
        issue.notes << decoded->doubt;
        issue.doubts << DoubtRules::encoding(decoded->doubt);
    }
    if (!decoded->damagedLines.isEmpty()) {
        issue.notes << damageNote(decoded->damagedLines);
        QList<Doubt> damaged = DoubtRules::damagedLines(decoded->damagedLines);
        placeInArticles(issue, damaged);
        issue.doubts << damaged;
    }
    if (!decoded->doubt.isEmpty() || !decoded->damagedLines.isEmpty())
        DoubtRules::settle(issue);
    return issue;
}

Issue IssueParser::parseText(QString text, const QString &path)
{
    Issue issue;
    issue.source.path = path;
    issue.source.encoding = QStringLiteral("UTF-8");

    const SourceText source(std::move(text));
    issue.source.lines = source.lineCount();
    if (source.lines().isEmpty()) {
        issue.notes << IssueParser::tr("The file contains no text.");
        issue.metadata = IssueMetadata::detect(issue, path);
        return issue;
    }

    QList<ClassifiedLine> lines = LineClassifier::classify(source);
    ArticleAssembler assembler(lines);
    assembler.run();

    issue.credits = assembler.credits;
    issue.unplaced = assembler.unplaced;
    if (assembler.masthead) {
        issue.paper = assembler.masthead->paper;
        issue.date =
            QDate(assembler.masthead->year, assembler.masthead->month, assembler.masthead->day);
        issue.mastheadLine = assembler.mastheadLine.value_or(0);
        issue.edition = assembler.masthead->edition;
    }
    issue.mastheadLines = assembler.mastheadLines;
    for (const SectionDraft &draft : std::as_const(assembler.sections))
        issue.sections << Section{draft.title, draft.line, {}};
    // Sized exactly and drafts released as they are built: a large issue's peak
    // memory is the text plus its articles, not two copies of every article.
    QList<qsizetype> perSection(issue.sections.size(), 0);
    for (const ArticleDraft &draft : std::as_const(assembler.articles))
        ++perSection[draft.section];
    for (qsizetype s = 0; s < issue.sections.size(); ++s)
        issue.sections[s].articles.reserve(perSection[s]);
    // Articles are numbered in draft order while built, for their doubts, and
    // then in section order.
    int built = 0;
    const Doubt cut = DoubtRules::cutParagraph(0);
    while (!assembler.articles.empty()) {
        const ArticleDraft &draft = assembler.articles.front();
        const qsizetype firstDoubt = issue.doubts.size();
        Article article = buildArticle(draft, lines, cut, issue.doubts);
        article.id = ++built;
        for (qsizetype d = firstDoubt; d < issue.doubts.size(); ++d)
            issue.doubts[d].articleId = article.id;
        issue.sections[draft.section].articles << std::move(article);
        assembler.articles.pop_front();
    }

    QList<int> finalId(built + 1, 0);
    int id = 0;
    for (Section &section : issue.sections) {
        promoteVoxPopKickers(section);
        endVoxPopGroups(section);
        for (Article &article : section.articles) {
            finalId[article.id] = ++id;
            article.id = id;
        }
    }
    for (Doubt &doubt : issue.doubts)
        doubt.articleId = finalId[doubt.articleId];
    DoubtRules::settle(issue);
    // An unnamed section that lost all its articles to leads moved elsewhere.
    issue.sections.removeIf([](const Section &s) { return !s.line && s.articles.isEmpty(); });
    if (issue.articleCount() == 0)
        issue.notes << IssueParser::tr("No articles were found in the file.");
    issue.metadata = IssueMetadata::detect(issue, path);
    qCDebug(lcParser) << "parsed" << path << issue.articleCount() << "articles";
    return issue;
}

} // namespace Broadsheet

namespace Broadsheet {

Result<QStringList> IssueParser::sourceLines(const QByteArray &bytes)
{
    if (bytes.size() > kMaxFileBytes)
        return Error{
            Error::Code::InvalidInput,
            IssueParser::tr("The file is too large; issue files larger than %1 MB are refused.")
                .arg(kMaxFileBytes / (1024 * 1024))};
    // A PDF's lines are those of the text its reader made of it.
    QString text;
    if (looksLikePdf(bytes)) {
        auto positioned = readPdfText(bytes, {});
        if (!positioned)
            return positioned.error();
        text = std::move(positioned->text);
    } else {
        auto decoded = TextDecoder::decode(bytes);
        if (!decoded)
            return decoded.error();
        text = std::move(decoded->text);
    }
    // Numbered as SourceText numbers them: CRLF, LF and a lone CR each end a line,
    // and a final line break opens no empty line after it.
    const QStringView all(text);
    QStringList lines;
    qsizetype start = 0;
    while (start < all.size()) {
        qsizetype end = start;
        while (end < all.size() && all[end] != u'\n' && all[end] != u'\r')
            ++end;
        lines << all.sliced(start, end - start).toString();
        if (end < all.size() && all[end] == u'\r' && end + 1 < all.size() && all[end + 1] == u'\n')
            ++end;
        start = end + 1;
    }
    return lines;
}

} // namespace Broadsheet
