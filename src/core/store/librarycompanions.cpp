// Library: companions, the e-paper PDF and the text file of one page kept as
// one issue (008-companions.sql). The issue is whichever came first; the other
// file joins it, found by the headlines the two parses share.
#include "library.h"

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
    if (!hasCompanions())
        return std::optional<qint64>();
    QSet<QString> titles;
    for (const Section &section : issue.sections)
        for (const Article &article : section.articles)
            if (article.title && !article.title->text.isEmpty())
                titles.insert(article.title->text);
    if (titles.isEmpty())
        return std::optional<qint64>();
    // The same page: most of its headlines are another issue's, of the other kind
    // of file (two text files sharing headlines are two issues, as before).
    QString marks;
    for (qsizetype i = 0; i < titles.size(); ++i)
        marks += i ? u", ?"_s : u"?"_s;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT a.issue_id, COUNT(DISTINCT a.title) AS shared FROM articles a "
                  "JOIN issues i ON i.id = a.issue_id "
                  "WHERE a.title IN (%1) AND (i.encoding = 'PDF') = ? "
                  "GROUP BY a.issue_id ORDER BY shared DESC, a.issue_id LIMIT 1"_s.arg(marks));
    for (const QString &title : std::as_const(titles))
        query.addBindValue(title);
    query.addBindValue(!isPdfIssue(issue));
    if (!query.exec())
        return sqlError(query, Library::tr("look for the issue of the same page"));
    if (!query.next())
        return std::optional<qint64>();
    const int shared = query.value(1).toInt();
    const int needed = std::max<int>(std::min<qsizetype>(2, titles.size()),
                                     int(std::ceil(0.6 * double(titles.size()))));
    if (shared < needed)
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
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
    if (!hasCompanions())
        return false;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM companions c JOIN issues i ON i.sha256 = c.issue_sha256 "
                  "WHERE i.id = ? AND c.kind = 'pdf' LIMIT 1"_s);
    query.addBindValue(issueId);
    return query.exec() && query.next();
}

Result<std::optional<std::pair<QString, QByteArray>>> Library::companionPdf(qint64 issueId)
{
    using Found = std::optional<std::pair<QString, QByteArray>>;
    if (!hasCompanions())
        return Found();
    QSqlQuery query(m_db);
    query.prepare(u"SELECT c.path, c.sha256 FROM companions c JOIN issues i "
                  "ON i.sha256 = c.issue_sha256 WHERE i.id = ? AND c.kind = 'pdf' "
                  "ORDER BY c.joined_at DESC LIMIT 1"_s);
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("look up the issue's e-paper PDF"));
    if (!query.next())
        return Found();
    const QString path = query.value(0).toString();
    const QString sha256 = query.value(1).toString();
    auto bytes = IssueParser::readFile(path);
    if (!bytes) {
        if (bytes.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound,
                         Library::tr("The issue's e-paper PDF %1 is no longer there: put it "
                                     "back, or import it from where it is now.")
                             .arg(path)};
        return bytes.error();
    }
    if (IssueParser::sha256Of(*bytes) != sha256)
        return Error{Error::Code::InvalidInput,
                     Library::tr("The issue's e-paper PDF %1 has changed since it was "
                                 "imported: import it again to see its page.")
                         .arg(path)};
    return Found(std::pair(path, std::move(bytes).value()));
}

} // namespace Broadsheet
