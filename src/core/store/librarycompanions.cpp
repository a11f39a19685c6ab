// Library: companions, the e-paper PDF and the text file of one page kept as
// one issue (008-companions.sql). The issue is whichever came first; the other
// file joins it, found by the headlines the two parses share.
#include "library.h"

#include "articlematch.h"
#include "issueparser.h"
#include "logging.h"
#include "pagelayout.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

bool isPdfIssue(const Issue &issue)
{
    return !issue.layout.isEmpty();
}

// A page's headlines looked for, at most; issues of the other kind looked at, at
// most (the most recent; those of the same paper and day when both are known).
constexpr int kMaxCompanionTitles = 200;
constexpr int kMaxCompanionCandidates = 200;
// The share of the headlines (of the file with more of them) the two must share.
constexpr double kMinSharedTitles = 0.5;
// Or the share of their text's runs of four characters (estimated from their
// fingerprints): a page's text and the same page's text read another way share
// most; two pages of one paper share a few per cent (names, set phrases).
constexpr double kMinSimilarity = 0.5;

// The page source's bytes, which must be those that were imported.
Result<QByteArray> readPageBytes(const Library::PageSource &source)
{
    auto bytes = IssueParser::readFile(source.path);
    if (!bytes) {
        if (bytes.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound,
                         Library::tr("The issue's e-paper PDF %1 is no longer there: put it "
                                     "back, or import it from where it is now.")
                             .arg(source.path)};
        return bytes.error();
    }
    if (IssueParser::sha256Of(*bytes) != source.sha256)
        return Error{Error::Code::InvalidInput,
                     Library::tr("The issue's e-paper PDF %1 has changed since it was "
                                 "imported: import it again to see its page.")
                         .arg(source.path)};
    return bytes;
}

} // namespace

bool Library::hasCompanions() const
{
    return formatVersion() >= 8;
}

Result<std::optional<ImportResult>> Library::companionWithDigest(const QString &sha256,
                                                                 const QString &path)
{
    if (!hasCompanions())
        return std::optional<ImportResult>();
    QSqlQuery query(m_db);
    query.prepare(u"SELECT i.id, i.title, i.article_count FROM companions c "
                  "JOIN issues i ON i.sha256 = c.issue_sha256 WHERE c.sha256 = ?"_s);
    query.addBindValue(sha256);
    if (!query.exec())
        return sqlError(query, Library::tr("look up the file"));
    if (!query.next())
        return std::optional<ImportResult>();
    return std::optional<ImportResult>(
        ImportResult{ImportResult::Outcome::AlreadyPresent, path, query.value(0).toLongLong(),
                     query.value(1).toString(), query.value(2).toInt()});
}

Result<std::optional<qint64>> Library::sameContentsAs(const Issue &issue)
{
    using None = std::optional<qint64>;
    if (!hasCompanions())
        return None();
    QStringList titles;
    for (const Section &section : issue.sections)
        for (const Article &article : section.articles)
            if (article.title && !article.title->text.isEmpty() &&
                !titles.contains(article.title->text))
                titles.append(article.title->text);
    // A page's headlines are enough to know it by; more would only cost
    // query variables.
    titles = titles.mid(0, kMaxCompanionTitles);

    // Candidates: issues of the other kind of file (two text files sharing
    // headlines are two issues, as before), of the same paper and day where both
    // are known, the most recent first.
    const IssueMetadata &metadata = issue.metadata;
    // Bound as text, never NULL: an unknown paper or day matches any.
    const QString paper = metadata.newspaper ? metadata.newspaper->value : u""_s;
    const bool dated = metadata.date && metadata.date->source != MetadataSource::Guess;
    QSqlQuery candidates(m_db);
    candidates.prepare(u"SELECT id, fingerprint FROM issues WHERE (encoding = 'PDF') = ? "
                       "AND (? = '' OR COALESCE(paper, '') = '' OR paper = ?) "
                       "AND (? = '' OR COALESCE(issue_date, '') = '' OR date_source = 'guess' "
                       "OR issue_date = ?) ORDER BY id DESC LIMIT ?"_s);
    candidates.addBindValue(!isPdfIssue(issue));
    candidates.addBindValue(paper);
    candidates.addBindValue(paper);
    const QString day = dated ? metadata.date->value.toString(Qt::ISODate) : u""_s;
    candidates.addBindValue(day);
    candidates.addBindValue(day);
    candidates.addBindValue(kMaxCompanionCandidates);
    if (!candidates.exec())
        return sqlError(candidates, Library::tr("look for the issue of the same page"));
    QList<qint64> ids;
    // The same text, whatever the two parses made of it: the best fingerprint.
    const QByteArray fingerprint = ArticleMatch::fingerprint(issue);
    std::optional<qint64> sameText;
    double best = kMinSimilarity;
    while (candidates.next()) {
        ids.append(candidates.value(0).toLongLong());
        const double similarity =
            ArticleMatch::similarity(fingerprint, candidates.value(1).toByteArray());
        if (similarity >= best) {
            best = similarity;
            sameText = ids.last();
        }
    }
    candidates.finish();
    if (sameText)
        return None(*sameText);
    if (ids.isEmpty() || titles.isEmpty())
        return None();

    QString titleMarks, idMarks;
    for (qsizetype i = 0; i < titles.size(); ++i)
        titleMarks += i ? u", ?"_s : u"?"_s;
    for (qsizetype i = 0; i < ids.size(); ++i)
        idMarks += i ? u", ?"_s : u"?"_s;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT a.issue_id, COUNT(DISTINCT a.title) AS shared, "
                  "(SELECT COUNT(DISTINCT t.title) FROM articles t WHERE t.issue_id = a.issue_id "
                  "AND t.title <> '') AS titled "
                  "FROM articles a WHERE a.issue_id IN (%1) AND a.title IN (%2) "
                  "GROUP BY a.issue_id ORDER BY shared DESC, a.issue_id DESC LIMIT 1"_s.arg(
                      idMarks, titleMarks));
    for (const qint64 id : std::as_const(ids))
        query.addBindValue(id);
    for (const QString &title : std::as_const(titles))
        query.addBindValue(title);
    if (!query.exec())
        return sqlError(query, Library::tr("look for the issue of the same page"));
    if (!query.next())
        return None();
    // The same page: at least two headlines in common (one, a 图片新闻 or 广告,
    // says nothing), and most of either file's headlines.
    const int shared = query.value(1).toInt();
    const int larger = std::max<int>(int(titles.size()), query.value(2).toInt());
    if (shared < 2 || shared < std::ceil(kMinSharedTitles * larger))
        return None();
    return None(query.value(0).toLongLong());
}

Status Library::writeFingerprint(qint64 issueId, const Issue &issue)
{
    if (!hasCompanions())
        return success();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE issues SET fingerprint = ? WHERE id = ?"_s);
    const QByteArray fingerprint = ArticleMatch::fingerprint(issue);
    query.addBindValue(fingerprint.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                             : QVariant(fingerprint));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("store the issue"));
    return success();
}

Status Library::carryCompanions(const QString &fromSha256, const QString &toSha256)
{
    if (!hasCompanions() || fromSha256.isEmpty())
        return success();
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE companions SET issue_sha256 = ? WHERE issue_sha256 = ?"_s);
    query.addBindValue(toSha256);
    query.addBindValue(fromSha256);
    if (!query.exec())
        return sqlError(query, Library::tr("keep the issue's companion files"));
    return success();
}

Status Library::storeCompanion(const QString &sha256, qint64 issueId, const QString &path,
                               bool isPdf)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"INSERT OR REPLACE INTO companions (sha256, issue_sha256, path, kind, joined_at) "
        "SELECT ?, sha256, ?, ?, ? FROM issues WHERE id = ?"_s);
    query.addBindValue(sha256);
    query.addBindValue(path);
    query.addBindValue(isPdf ? u"pdf"_s : u"text"_s);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("store the file with the issue of its page"));
    return success();
}

bool Library::hasCompanionPdf(qint64 issueId)
{
    const auto source = pageSource(issueId);
    return source && *source && (*source)->companion;
}

Result<std::optional<Library::PageSource>> Library::pageSource(qint64 issueId)
{
    using Found = std::optional<PageSource>;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT source_path, sha256, encoding FROM issues WHERE id = ?"_s);
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    if (!query.next())
        return Error{Error::Code::NotFound, Library::tr("The issue is no longer in the library.")};
    if (query.value(2).toString() == u"PDF"_s)
        return Found(PageSource{query.value(0).toString(), query.value(1).toString(), false});
    query.finish();
    if (!hasCompanions())
        return Found();
    query.prepare(u"SELECT c.path, c.sha256 FROM companions c JOIN issues i "
                  "ON i.sha256 = c.issue_sha256 WHERE i.id = ? AND c.kind = 'pdf' "
                  "ORDER BY c.joined_at DESC LIMIT 1"_s);
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("look up the issue's e-paper PDF"));
    if (!query.next())
        return Found();
    return Found(PageSource{query.value(0).toString(), query.value(1).toString(), true});
}

Result<Issue> Library::readPage(const PageSource &source)
{
    const Result<QByteArray> bytes = readPageBytes(source);
    if (!bytes)
        return bytes.error();
    return IssueParser::parse(*bytes, source.path, source.sha256);
}

Result<std::optional<std::pair<QString, QByteArray>>> Library::companionPdf(qint64 issueId)
{
    using Found = std::optional<std::pair<QString, QByteArray>>;
    const auto source = pageSource(issueId);
    if (!source)
        return source.error();
    if (!*source || !(*source)->companion)
        return Found();
    Result<QByteArray> bytes = readPageBytes(**source);
    if (!bytes)
        return bytes.error();
    return Found(std::pair((*source)->path, std::move(bytes).value()));
}

} // namespace Broadsheet
