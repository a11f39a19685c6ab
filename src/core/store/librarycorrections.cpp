// Library: corrections, a reader's fixes kept as a layer over the parse.
//
// The corrections of a file are kept by its content (issues.sha256), never by
// the issue's id, and the file itself is never rewritten. The articles the
// library holds are the corrected ones: whenever the corrections change, the
// file is read and parsed again, the corrections applied to the parse, and the
// issue's articles written again (sections, articles, search rows), keeping the
// issue's row, its metadata and its pages.
#include "library.h"

#include "corrector.h"
#include "issueparser.h"
#include "logging.h"
#include "storedcorrections.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

Error readOnly(const QString &path)
{
    return Error{
        Error::Code::LibraryReadOnly,
        Library::tr("The library %1 is read-only: it can be read but not changed.").arg(path)};
}

// The bytes of an issue's file, which must be those that were imported.
Result<QByteArray> readSource(const QString &path, const QString &sha256)
{
    auto bytes = IssueParser::readFile(path);
    if (!bytes) {
        if (bytes.error().code == Error::Code::NotFound)
            return Error{Error::Code::NotFound,
                         Library::tr("The issue's file %1 is no longer there. Corrections are "
                                     "made on the file as it was imported: put it back, or "
                                     "import it from where it is now.")
                             .arg(path)};
        return bytes.error();
    }
    if (IssueParser::sha256Of(*bytes) != sha256)
        return Error{Error::Code::InvalidInput,
                     Library::tr("The issue's file %1 has changed since it was imported. "
                                 "Corrections are made on the file as it was imported: import "
                                 "it again first.")
                         .arg(path)};
    return bytes;
}

// The set without the operations that were refused.
CorrectionSet withoutRefused(const CorrectionSet &set, const QList<RefusedCorrection> &refused)
{
    QSet<int> positions;
    for (const RefusedCorrection &r : refused)
        positions.insert(r.position);
    CorrectionSet kept{set.sourceSha256, {}};
    for (int i = 0; i < set.operations.size(); ++i) {
        if (!positions.contains(i + 1))
            kept.operations << set.operations[i];
    }
    return kept;
}

} // namespace

bool Library::hasCorrections() const
{
    return formatVersion() >= 7;
}

Result<std::optional<CorrectionSet>> Library::storedCorrections(const QString &sha256)
{
    if (!hasCorrections())
        return std::optional<CorrectionSet>();
    QSqlQuery query(m_db);
    query.prepare(u"SELECT json FROM corrections WHERE sha256 = ?"_s);
    query.addBindValue(sha256);
    if (!query.exec())
        return sqlError(query, Library::tr("read the corrections"));
    if (!query.next())
        return std::optional<CorrectionSet>();
    auto set = CorrectionSet::fromJson(query.value(0).toString().toUtf8());
    if (!set)
        return Error{Error::Code::Library,
                     Library::tr("The corrections the library %1 holds for a file cannot be "
                                 "read: %2")
                         .arg(m_path, set.errorMessage())};
    return std::optional<CorrectionSet>(std::move(set).value());
}

Status Library::storeCorrections(const CorrectionSet &corrections)
{
    QSqlQuery query(m_db);
    if (corrections.isEmpty()) {
        query.prepare(u"DELETE FROM corrections WHERE sha256 = ?"_s);
        query.addBindValue(corrections.sourceSha256);
    } else {
        query.prepare(u"INSERT OR REPLACE INTO corrections (sha256, json, operation_count, "
                      "updated) VALUES (?, ?, ?, ?)"_s);
        query.addBindValue(corrections.sourceSha256);
        query.addBindValue(QString::fromUtf8(corrections.toJson()));
        query.addBindValue(int(corrections.operations.size()));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    }
    if (!query.exec())
        return sqlError(query, Library::tr("store the corrections"));
    return success();
}

Result<std::pair<QString, QString>> Library::issueSource(qint64 issueId)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT source_path, sha256 FROM issues WHERE id = ?"_s);
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    if (!query.next())
        return Error{Error::Code::NotFound, Library::tr("The issue is no longer in the library.")};
    return std::pair(query.value(0).toString(), query.value(1).toString());
}

Result<IssueCorrections> Library::corrections(qint64 issueId)
{
    const auto source = issueSource(issueId);
    if (!source)
        return source.error();
    IssueCorrections result;
    result.corrections.sourceSha256 = source->second;
    if (!hasCorrections())
        return result;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT updated FROM corrections WHERE sha256 = ?"_s);
    query.addBindValue(source->second);
    if (!query.exec())
        return sqlError(query, Library::tr("read the corrections"));
    if (!query.next())
        return result;
    result.updated = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    query.finish();
    auto stored = storedCorrections(source->second);
    if (!stored)
        return stored.error();
    if (*stored)
        result.corrections = std::move(**stored);
    return result;
}

Result<QStringList> Library::sourceLines(qint64 issueId)
{
    const auto source = issueSource(issueId);
    if (!source)
        return source.error();
    const auto bytes = readSource(source->first, source->second);
    if (!bytes)
        return bytes.error();
    return IssueParser::sourceLines(*bytes);
}

Result<std::pair<QString, QByteArray>> Library::sourceFile(qint64 issueId)
{
    const auto source = issueSource(issueId);
    if (!source)
        return source.error();
    auto bytes = readSource(source->first, source->second);
    if (!bytes)
        return bytes.error();
    return std::pair(source->first, std::move(bytes).value());
}

Result<QList<Doubt>> Library::doubts(qint64 issueId)
{
    QList<Doubt> doubts;
    if (!hasCorrections())
        return doubts;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT line, kind, article_number, message FROM issue_doubts WHERE "
                  "issue_id = ? ORDER BY position"_s);
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    while (query.next()) {
        Doubt doubt;
        doubt.line = query.value(0).toInt();
        // A kind this version does not know (none is ever removed) reads as the
        // most general one.
        doubt.kind =
            doubtKindFromName(query.value(1).toString()).value_or(Doubt::Kind::RoleAgainstShape);
        doubt.articleId = query.value(2).toInt();
        doubt.message = query.value(3).toString();
        doubts << doubt;
    }
    return doubts;
}

Result<CorrectionOutcome> Library::setCorrections(qint64 issueId, const CorrectionSet &corrections,
                                                  bool keepApplicable)
{
    if (isReadOnly())
        return readOnly(m_path);
    const auto source = issueSource(issueId);
    if (!source)
        return source.error();
    const auto &[path, sha256] = *source;
    const auto bytes = readSource(path, sha256);
    if (!bytes)
        return bytes.error();
    const auto lines = IssueParser::sourceLines(*bytes);
    if (!lines)
        return lines.error();
    const auto parsed = IssueParser::parse(*bytes, path, sha256);
    if (!parsed)
        return parsed.error();

    CorrectionSet set = corrections;
    if (set.sourceSha256.isEmpty())
        set.sourceSha256 = sha256;
    // Made for these bytes: the texts are this file's. Made for other bytes (a
    // file imported from elsewhere), its texts decide which operations hold.
    if (set.sourceSha256 == sha256)
        Corrector::recordTexts(set, *lines);
    CorrectionOutcome outcome = Corrector::apply(*parsed, *lines, set);
    if (!outcome.refused.isEmpty() && !keepApplicable)
        return outcome;
    CorrectionSet kept = withoutRefused(set, outcome.refused);
    kept.sourceSha256 = sha256;
    Corrector::recordTexts(kept, *lines);

    const auto metadata = issueMetadata(issueId);
    if (!metadata)
        return metadata.error();
    if (auto s = begin(); !s)
        return s.error();
    const auto fail = [this](const Error &error) {
        rollback();
        return error;
    };
    // As the library held it, for the desk to follow its articles.
    const auto before = loadIssueContent(issueId);
    if (!before)
        return fail(before.error());
    if (auto s = deleteContent(issueId); !s)
        return fail(s.error());
    if (auto s = writeArticles(issueId, outcome.issue, metadata->pages, &*parsed); !s)
        return fail(s.error());
    if (auto s = writeDoubts(issueId, outcome.issue.doubts); !s)
        return fail(s.error());
    QSqlQuery unplaced(m_db);
    unplaced.prepare(u"INSERT INTO unplaced_lines (issue_id, line, text) VALUES (?, ?, ?)"_s);
    for (const UnplacedLine &line : std::as_const(outcome.issue.unplaced)) {
        unplaced.addBindValue(issueId);
        unplaced.addBindValue(line.line);
        unplaced.addBindValue(line.text);
        if (!unplaced.exec())
            return fail(sqlError(unplaced, Library::tr("store the corrections")));
    }
    QSqlQuery count(m_db);
    count.prepare(u"UPDATE issues SET article_count = ? WHERE id = ?"_s);
    count.addBindValue(outcome.issue.articleCount());
    count.addBindValue(issueId);
    if (!count.exec())
        return fail(sqlError(count, Library::tr("store the corrections")));
    if (auto s = storeCorrections(kept); !s)
        return fail(s.error());
    if (auto s = followDesk(sha256, *before, outcome.issue); !s)
        return fail(s.error());
    if (auto s = commit(); !s)
        return fail(s.error());
    qCDebug(lcStore) << "issue" << issueId << "corrected:" << outcome.applied << "applied,"
                     << outcome.refused.size() << "refused";
    return outcome;
}

Result<CorrectionImportReport> Library::importCorrections(const QByteArray &json)
{
    if (isReadOnly())
        return readOnly(m_path);
    auto set = CorrectionSet::fromJson(json);
    if (!set)
        return set.error();
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id FROM issues WHERE sha256 = ?"_s);
    query.addBindValue(set->sourceSha256);
    if (!query.exec())
        return sqlError(query, Library::tr("look up the file"));
    if (!query.next())
        return Error{Error::Code::NotFound,
                     Library::tr("The corrections are for a file that is not in the library "
                                 "(sha256 %1): import that issue file first.")
                         .arg(set->sourceSha256)};
    const qint64 issueId = query.value(0).toLongLong();
    query.finish();
    // As the format says: an operation that cannot be applied is reported, and
    // the others stay applied.
    auto outcome = setCorrections(issueId, *set, true);
    if (!outcome)
        return outcome.error();
    return CorrectionImportReport{issueId, outcome->applied, outcome->refused};
}

Result<ImportCorrections> Library::correctionsForImport(const QString &path, const QString &sha256,
                                                        const Issue &parsed,
                                                        const QString &previousSha256)
{
    ImportCorrections result;
    if (!hasCorrections())
        return result;
    auto own = storedCorrections(sha256);
    if (!own)
        return own.error();
    std::optional<CorrectionSet> set = *own;
    if (!set && !previousSha256.isEmpty() && previousSha256 != sha256) {
        // The file changed at its path: the old contents' corrections, where
        // their lines still hold the same text. The old ones stay as they are.
        auto previous = storedCorrections(previousSha256);
        if (!previous)
            return previous.error();
        set = *previous;
    }
    if (!set || set->isEmpty())
        return result;
    // The lines as the parse read them: the bytes were let go after parsing.
    const auto bytes = readSource(path, sha256);
    if (!bytes)
        return bytes.error();
    const auto lines = IssueParser::sourceLines(*bytes);
    if (!lines)
        return lines.error();
    CorrectionOutcome outcome = Corrector::apply(parsed, *lines, *set);
    result.corrected = std::move(outcome.issue);
    result.notKept = outcome.refused;
    if (!*own) {
        CorrectionSet kept = withoutRefused(*set, outcome.refused);
        kept.sourceSha256 = sha256;
        Corrector::recordTexts(kept, *lines);
        if (!kept.isEmpty())
            result.store = std::move(kept);
    }
    return result;
}

// Desk rows are keyed by the article's first line; where a correction moved it,
// they are moved to the key the article has now (StoredCorrections::deskMoves).
// In three steps, through negative lines, so that keys may swap; a row whose new
// key is taken (a merge: both articles had a note) stays where it was, for the
// article to find it again when the correction is undone.
Status Library::followDesk(const QString &sha256, const Issue &before, const Issue &after)
{
    const QList<std::pair<int, int>> moves = StoredCorrections::deskMoves(before, after);
    if (moves.isEmpty() || !hasDesk())
        return success();
    for (const char *table : {"collection_items", "article_tags", "article_notes"}) {
        const QString name = QString::fromLatin1(table);
        QSqlQuery update(m_db);
        update.prepare(
            u"UPDATE OR IGNORE %1 SET first_line = ? WHERE sha256 = ? AND first_line = ?"_s.arg(
                name));
        const auto step = [&](int to, int from) -> Status {
            update.addBindValue(to);
            update.addBindValue(sha256);
            update.addBindValue(from);
            if (!update.exec())
                return sqlError(update, Library::tr("store the corrections"));
            return success();
        };
        // Pair i goes through line -(i + 1).
        for (qsizetype i = 0; i < moves.size(); ++i) {
            if (auto s = step(int(-i - 1), moves[i].first); !s)
                return s;
        }
        for (qsizetype i = 0; i < moves.size(); ++i) {
            if (auto s = step(moves[i].second, int(-i - 1)); !s)
                return s;
        }
        for (qsizetype i = 0; i < moves.size(); ++i) {
            if (auto s = step(moves[i].first, int(-i - 1)); !s)
                return s;
        }
    }
    return success();
}

// --- StoredCorrections ----------------------------------------------------------

namespace StoredCorrections {

namespace {

// Each line held by an article of the issue, and that article.
QHash<int, const Article *> articlesByLine(const Issue &issue)
{
    QHash<int, const Article *> byLine;
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles) {
            for (int line : article.lines())
                byLine.insert(line, &article);
        }
    }
    return byLine;
}

} // namespace

QHash<int, QString> parserTitles(const Issue &parsed, const Issue &corrected)
{
    const QHash<int, const Article *> byLine = articlesByLine(corrected);
    QHash<int, QStringList> titles;
    for (const Section &section : parsed.sections) {
        for (const Article &article : section.articles) {
            if (!article.title || article.title->lines.isEmpty() || article.title->text.isEmpty())
                continue;
            const Article *holder = byLine.value(article.title->lines.first());
            if (!holder || holder->headText().contains(article.title->text))
                continue;
            QStringList &list = titles[holder->id];
            if (!list.contains(article.title->text))
                list << article.title->text;
        }
    }
    QHash<int, QString> joined;
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        joined.insert(it.key(), it.value().join(u'\n'));
    return joined;
}

QString searchHead(const Article &article, const QString &parserTitle)
{
    const QString head = article.headText();
    if (parserTitle.isEmpty())
        return head;
    return head.isEmpty() ? parserTitle : head + u'\n' + parserTitle;
}

QList<std::pair<int, int>> deskMoves(const Issue &before, const Issue &after)
{
    const QHash<int, const Article *> byLine = articlesByLine(after);
    QList<std::pair<int, int>> moves;
    for (const Section &section : before.sections) {
        for (const Article &article : section.articles) {
            const int first = article.firstLine();
            if (first <= 0)
                continue;
            // A reader knows an article by its headline: the desk follows the
            // title's line, and an untitled piece the article holding most of it.
            const Article *target = nullptr;
            if (article.title && !article.title->lines.isEmpty()) {
                target = byLine.value(article.title->lines.first());
            } else {
                QHash<const Article *, int> held;
                for (int line : article.lines()) {
                    if (const Article *holder = byLine.value(line))
                        ++held[holder];
                }
                int most = 0;
                for (auto it = held.cbegin(); it != held.cend(); ++it) {
                    const int line = it.key()->firstLine();
                    if (it.value() > most ||
                        (it.value() == most && target && line < target->firstLine())) {
                        most = it.value();
                        target = it.key();
                    }
                }
            }
            if (target && target->firstLine() > 0 && target->firstLine() != first)
                moves.append({first, target->firstLine()});
        }
    }
    return moves;
}

} // namespace StoredCorrections

} // namespace Broadsheet
