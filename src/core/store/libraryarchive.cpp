// Library: the archive. Each issue file is stored with its metadata (detected,
// with what the user set on top) and its pages; the archive is browsed as
// newspaper → year → month → issue (every file of one paper on one date) → page.
#include "library.h"

#include "conventions.h"
#include "issueparser.h"
#include "logging.h"
#include "sourcetext.h"
#include "storedmetadata.h"
#include "textdecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Broadsheet {

// --- StoredMetadata ---------------------------------------------------------

namespace StoredMetadata {

namespace {

QJsonValue sourcedJson(const std::optional<Sourced<QString>> &value)
{
    if (!value)
        return QJsonValue::Null;
    return QJsonArray{value->value, metadataSourceName(value->source)};
}

QJsonValue sourcedJson(const std::optional<Sourced<QDate>> &value)
{
    if (!value)
        return QJsonValue::Null;
    return QJsonArray{value->value.toString(Qt::ISODate), metadataSourceName(value->source)};
}

std::optional<Sourced<QString>> sourcedText(const QJsonValue &value)
{
    const QJsonArray pair = value.toArray();
    const auto source = metadataSourceFromName(pair.at(1).toString());
    if (pair.size() != 2 || !source || pair.at(0).toString().isEmpty())
        return std::nullopt;
    return Sourced<QString>{pair.at(0).toString(), *source};
}

std::optional<Sourced<QDate>> sourcedDate(const QJsonValue &value)
{
    const auto text = sourcedText(value);
    if (!text)
        return std::nullopt;
    const QDate date = QDate::fromString(text->value, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return Sourced<QDate>{date, text->source};
}

} // namespace

// Compact: {"n": [value, source], "d": …, "e": …, "p": [[number, name, first,
// last], …], "t": [paper, date, edition]} — a few hundred bytes an issue.
QString toJson(const IssueMetadata &detected, const Issue &issue)
{
    QJsonArray pages;
    for (const IssuePage &page : detected.pages)
        pages.append(QJsonArray{sourcedJson(page.number), sourcedJson(page.name), page.firstLine,
                                page.lastLine});
    const QJsonObject object{
        {u"n"_s, sourcedJson(detected.newspaper)},
        {u"d"_s, sourcedJson(detected.date)},
        {u"e"_s, sourcedJson(detected.edition)},
        {u"p"_s, pages},
        {u"t"_s, QJsonArray{issue.paper,
                            issue.date.isValid() ? issue.date.toString(Qt::ISODate) : QString(),
                            issue.edition}},
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<Detected> fromJson(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    Detected detected;
    detected.metadata.newspaper = sourcedText(object.value(u"n"_s));
    detected.metadata.date = sourcedDate(object.value(u"d"_s));
    detected.metadata.edition = sourcedText(object.value(u"e"_s));
    for (const QJsonValue &value : object.value(u"p"_s).toArray()) {
        const QJsonArray page = value.toArray();
        detected.metadata.pages << IssuePage{sourcedText(page.at(0)), sourcedText(page.at(1)),
                                             page.at(2).toInt(), page.at(3).toInt()};
    }
    const QJsonArray text = object.value(u"t"_s).toArray();
    detected.paper = text.at(0).toString();
    detected.date = QDate::fromString(text.at(1).toString(), Qt::ISODate);
    detected.edition = text.at(2).toString();
    return detected;
}

IssueMetadata withUserValues(IssueMetadata detected, const QList<UserValue> &values, int lineCount)
{
    IssueMetadata &metadata = detected;
    const auto user = [](const QString &value) {
        return Sourced<QString>{value, MetadataSource::User};
    };
    for (const UserValue &value : values) {
        if (value.value.isEmpty())
            continue;
        if (value.field == kNewspaper) {
            metadata.newspaper = user(value.value);
        } else if (value.field == kDate) {
            const QDate date = QDate::fromString(value.value, Qt::ISODate);
            if (date.isValid())
                metadata.date = Sourced<QDate>{date, MetadataSource::User};
        } else if (value.field == kEdition) {
            metadata.edition = user(value.value);
        } else if (value.field == kPageNumber || value.field == kPageName) {
            if (value.page < 0)
                continue;
            if (metadata.pages.isEmpty() && value.page == 0)
                metadata.pages << IssuePage{std::nullopt, std::nullopt, lineCount > 0 ? 1 : 0,
                                            std::max(lineCount, 0)};
            if (value.page >= metadata.pages.size())
                continue;
            IssuePage &page = metadata.pages[value.page];
            (value.field == kPageNumber ? page.number : page.name) = user(value.value);
        }
    }
    return metadata;
}

QString titleFor(const QString &path, const IssueMetadata &metadata)
{
    Issue named;
    named.source.path = path;
    if (metadata.newspaper)
        named.paper = metadata.newspaper->value;
    if (metadata.date && metadata.date->source != MetadataSource::Guess)
        named.date = metadata.date->value;
    return named.displayTitle();
}

int pageOfLine(const QList<IssuePage> &pages, int line)
{
    if (pages.isEmpty())
        return -1;
    int page = 0;
    for (qsizetype i = 1; i < pages.size(); ++i) {
        if (pages[i].firstLine > 0 && pages[i].firstLine <= line)
            page = int(i);
    }
    return page;
}

} // namespace StoredMetadata

// --- Writing ----------------------------------------------------------------

namespace {

using StoredMetadata::UserValue;

const QVariant kNoText(QMetaType::fromType<QString>());

QVariant textOrNull(const std::optional<Sourced<QString>> &value)
{
    return value ? QVariant(value->value) : kNoText;
}

template<typename T>
QVariant sourceOrNull(const std::optional<Sourced<T>> &value)
{
    return value ? QVariant(metadataSourceName(value->source)) : kNoText;
}

std::optional<MetadataSource> sourceFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : metadataSourceFromName(value.toString());
}

// A column's value with its source; a value without a source is the text's.
std::optional<Sourced<QString>> sourcedColumn(const QVariant &value, const QVariant &source)
{
    if (value.isNull() || value.toString().isEmpty())
        return std::nullopt;
    return Sourced<QString>{value.toString(), sourceFrom(source).value_or(MetadataSource::Text)};
}

// The issue files of one paper: a condition on `issues i`, and its values.
// An empty paper stands for the files whose paper is unknown.
QString paperIs(const QString &paper, QVariantList &values)
{
    if (paper.isEmpty())
        return u"i.paper IS NULL"_s;
    values << paper;
    return u"i.paper = ?"_s;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// The edition the masthead line of a file prints, when the file is still there
// with the same bytes (format 4 did not keep the edition).
QString editionFromFile(const QString &path, const QString &sha256, int mastheadLine)
{
    if (mastheadLine <= 0 || !QFileInfo::exists(path))
        return {};
    const auto bytes = IssueParser::readFile(path);
    if (!bytes || IssueParser::sha256Of(*bytes) != sha256)
        return {};
    auto decoded = TextDecoder::decode(*bytes);
    if (!decoded)
        return {};
    const SourceText text(std::move(decoded->text));
    for (const SourceLine &line : text.lines()) {
        if (line.number == mastheadLine) {
            const auto masthead = Conventions::masthead(line.text);
            return masthead ? masthead->edition : QString();
        }
        if (line.number > mastheadLine)
            break;
    }
    return {};
}

} // namespace

Result<IssueMetadata> Library::withUserMetadata(const QString &sha256,
                                                const IssueMetadata &detected, int lineCount)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT field, page, value FROM user_metadata WHERE sha256 = ? "
                  "ORDER BY field, page"_s);
    query.addBindValue(sha256);
    if (!query.exec())
        return sqlError(query, Library::tr("read what the user set"));
    QList<UserValue> values;
    while (query.next())
        values << UserValue{query.value(0).toString(), query.value(1).toInt(),
                            query.value(2).toString()};
    return StoredMetadata::withUserValues(detected, values, lineCount);
}

Status Library::carryUserMetadata(const QString &fromSha256, const QString &toSha256)
{
    if (fromSha256.isEmpty() || fromSha256 == toSha256)
        return success();
    // Copied, not moved: should the file get its old bytes back, they find it too.
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR IGNORE INTO user_metadata (sha256, field, page, value) "
                  "SELECT ?, field, page, value FROM user_metadata WHERE sha256 = ?"_s);
    query.addBindValue(toSha256);
    query.addBindValue(fromSha256);
    if (!query.exec())
        return sqlError(query, Library::tr("keep what the user set"));
    return success();
}

Status Library::writePages(qint64 issueId, const IssueMetadata &effective)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM pages WHERE issue_id = ?"_s);
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("store the pages"));
    query.prepare(u"INSERT INTO pages (issue_id, position, number, number_source, name, "
                  "name_source, sort_key, first_line, last_line) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < effective.pages.size(); ++i) {
        const IssuePage &page = effective.pages[i];
        query.addBindValue(issueId);
        query.addBindValue(int(i));
        query.addBindValue(textOrNull(page.number));
        query.addBindValue(sourceOrNull(page.number));
        query.addBindValue(textOrNull(page.name));
        query.addBindValue(sourceOrNull(page.name));
        query.addBindValue(page.number ? pageSortKey(page.number->value) : kUnknownPageSortKey);
        query.addBindValue(page.firstLine);
        query.addBindValue(page.lastLine);
        if (!query.exec())
            return sqlError(query, Library::tr("store the pages"));
    }
    return success();
}

Status Library::updateMetadata(qint64 issueId, const QString &path, const QString &detectedJson,
                               const IssueMetadata &effective)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE issues SET title = ?, paper = ?, paper_source = ?, issue_date = ?, "
                  "date_source = ?, edition = ?, edition_source = ?, page_count = ?, "
                  "detected = ? WHERE id = ?"_s);
    query.addBindValue(StoredMetadata::titleFor(path, effective));
    query.addBindValue(textOrNull(effective.newspaper));
    query.addBindValue(sourceOrNull(effective.newspaper));
    query.addBindValue(effective.date ? QVariant(isoDate(effective.date->value)) : kNoText);
    query.addBindValue(sourceOrNull(effective.date));
    query.addBindValue(textOrNull(effective.edition));
    query.addBindValue(sourceOrNull(effective.edition));
    query.addBindValue(int(effective.pages.size()));
    query.addBindValue(detectedJson);
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("store the issue's details"));
    return writePages(issueId, effective);
}

// Another file holding the same page (by its number's sort key) of the same
// paper and date; a guessed date says too little to tell.
Result<QString> Library::samePageAs(qint64 issueId)
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT o.source_path FROM issues i JOIN pages p ON p.issue_id = i.id "
        "JOIN issues o ON o.paper = i.paper AND o.issue_date = i.issue_date AND o.id <> i.id "
        "JOIN pages q ON q.issue_id = o.id AND q.sort_key = p.sort_key "
        "WHERE i.id = ? AND i.date_source <> 'guess' AND o.date_source <> 'guess' "
        "AND p.sort_key <> ? ORDER BY o.id LIMIT 1"_s);
    query.addBindValue(issueId);
    query.addBindValue(kUnknownPageSortKey);
    if (!query.exec())
        return sqlError(query, Library::tr("look up the issue's pages"));
    return query.next() ? query.value(0).toString() : QString();
}

// Format 5: every issue gets what the archive needs (sources, edition, pages,
// the page of each article), detected as an import now would, from the stored
// issue and its path (and the file's date while it is there).
Status Library::backfillArchive()
{
    QSqlQuery files(m_db);
    if (!files.exec(u"SELECT id, source_path, sha256, masthead_line FROM issues ORDER BY id"_s))
        return sqlError(files, Library::tr("upgrade the library"));
    struct File
    {
        qint64 id;
        QString path;
        QString sha256;
        int mastheadLine;
    };
    QList<File> all;
    while (files.next())
        all << File{files.value(0).toLongLong(), files.value(1).toString(),
                    files.value(2).toString(), files.value(3).toInt()};
    files.finish();
    if (!all.isEmpty())
        qCInfo(lcStore) << "finding the pages of" << all.size() << "issue files in" << m_path;

    QSqlQuery page(m_db);
    page.prepare(u"UPDATE articles SET page = ? WHERE issue_id = ? AND position = ?"_s);
    for (const File &file : std::as_const(all)) {
        auto issue = loadIssueContent(file.id);
        if (!issue)
            return issue.error();
        const QFileInfo info(file.path);
        if (issue->edition.isEmpty())
            issue->edition = editionFromFile(file.path, file.sha256, file.mastheadLine);
        const IssueMetadata detected = IssueMetadata::detect(
            *issue, file.path, info.exists() ? info.lastModified() : QDateTime());
        const auto effective = withUserMetadata(file.sha256, detected, issue->source.lines);
        if (!effective)
            return effective.error();
        if (auto s = updateMetadata(file.id, file.path, StoredMetadata::toJson(detected, *issue),
                                    *effective);
            !s)
            return s;
        // Articles in reading order: their positions are 0, 1, 2… (writeIssue).
        int position = 0;
        for (const Section &section : std::as_const(issue->sections)) {
            for (const Article &article : section.articles) {
                const int at = StoredMetadata::pageOfLine(effective->pages, article.firstLine());
                const int current = position++;
                if (at < 0)
                    continue;
                page.addBindValue(at);
                page.addBindValue(file.id);
                page.addBindValue(current);
                if (!page.exec())
                    return sqlError(page, Library::tr("upgrade the library"));
            }
        }
    }
    return success();
}

// --- User metadata ------------------------------------------------------------

Result<IssueMetadata> Library::issueMetadata(qint64 issueId)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT paper, paper_source, issue_date, date_source, edition, edition_source "
                  "FROM issues WHERE id = ?"_s);
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    if (!query.next())
        return Error{Error::Code::NotFound, Library::tr("The issue is no longer in the library.")};
    IssueMetadata metadata;
    metadata.newspaper = sourcedColumn(query.value(0), query.value(1));
    if (const QDate date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        date.isValid())
        metadata.date =
            Sourced<QDate>{date, sourceFrom(query.value(3)).value_or(MetadataSource::Text)};
    metadata.edition = sourcedColumn(query.value(4), query.value(5));
    query.prepare(u"SELECT number, number_source, name, name_source, first_line, last_line "
                  "FROM pages WHERE issue_id = ? ORDER BY position"_s);
    query.addBindValue(issueId);
    if (!query.exec())
        return sqlError(query, Library::tr("read an issue"));
    while (query.next())
        metadata.pages << IssuePage{sourcedColumn(query.value(0), query.value(1)),
                                    sourcedColumn(query.value(2), query.value(3)),
                                    query.value(4).toInt(), query.value(5).toInt()};
    return metadata;
}

Status Library::setUserMetadata(const QList<qint64> &issueIds, const MetadataEdit &edit)
{
    if (isReadOnly())
        return Error{Error::Code::LibraryReadOnly,
                     Library::tr("The library %1 is read-only: it can be read but not changed.")
                         .arg(m_path)};
    if (edit.isEmpty() || issueIds.isEmpty())
        return success();

    // (field, page, value): an empty value removes what the user set.
    struct Change
    {
        QStringView field;
        bool pageField;
        QString value;
    };
    QList<Change> changes;
    const auto text = [](const std::optional<QString> &value) { return value->trimmed(); };
    if (edit.newspaper)
        changes << Change{StoredMetadata::kNewspaper, false, text(edit.newspaper)};
    if (edit.date)
        changes << Change{StoredMetadata::kDate, false,
                          edit.date->isValid() ? isoDate(*edit.date) : QString()};
    if (edit.edition)
        changes << Change{StoredMetadata::kEdition, false, text(edit.edition)};
    if (edit.pageNumber)
        changes << Change{StoredMetadata::kPageNumber, true, text(edit.pageNumber)};
    if (edit.pageName)
        changes << Change{StoredMetadata::kPageName, true, text(edit.pageName)};

    if (auto s = begin(); !s)
        return s;
    const auto fail = [this](const Error &error) -> Status {
        rollback();
        return error;
    };
    QSqlQuery file(m_db);
    file.prepare(u"SELECT sha256, source_path, line_count, page_count, detected FROM issues "
                 "WHERE id = ?"_s);
    QSqlQuery set(m_db);
    set.prepare(u"INSERT OR REPLACE INTO user_metadata (sha256, field, page, value) "
                "VALUES (?, ?, ?, ?)"_s);
    QSqlQuery unset(m_db);
    unset.prepare(u"DELETE FROM user_metadata WHERE sha256 = ? AND field = ? AND page = ?"_s);
    QSqlQuery articlePages(m_db);

    for (const qint64 issueId : issueIds) {
        file.addBindValue(issueId);
        if (!file.exec())
            return fail(sqlError(file, Library::tr("store what the user set")));
        if (!file.next())
            return fail(Error{Error::Code::NotFound,
                              Library::tr("The issue is no longer in the library.")});
        const QString sha256 = file.value(0).toString();
        const QString path = file.value(1).toString();
        const int lineCount = file.value(2).toInt();
        const int pagesBefore = file.value(3).toInt();
        QString detectedJson = file.value(4).toString();
        file.finish();

        std::optional<StoredMetadata::Detected> detected = StoredMetadata::fromJson(detectedJson);
        if (!detected) {
            // Not kept (it should be since format 5): detected again.
            auto issue = loadIssueContent(issueId);
            if (!issue)
                return fail(issue.error());
            const QFileInfo info(path);
            const IssueMetadata metadata = IssueMetadata::detect(
                *issue, path, info.exists() ? info.lastModified() : QDateTime());
            detectedJson = StoredMetadata::toJson(metadata, *issue);
            detected = StoredMetadata::fromJson(detectedJson);
        }
        // Page fields: for a file of one page, or of none (which gets one).
        const bool onePage = detected->metadata.pages.size() <= 1;
        for (const Change &change : std::as_const(changes)) {
            if (change.pageField && !onePage)
                continue;
            const int page = change.pageField ? 0 : -1;
            QSqlQuery &query = change.value.isEmpty() ? unset : set;
            query.addBindValue(sha256);
            query.addBindValue(change.field.toString());
            query.addBindValue(page);
            if (!change.value.isEmpty())
                query.addBindValue(change.value);
            if (!query.exec())
                return fail(sqlError(query, Library::tr("store what the user set")));
        }
        const auto effective = withUserMetadata(sha256, detected->metadata, lineCount);
        if (!effective)
            return fail(effective.error());
        if (auto s = updateMetadata(issueId, path, detectedJson, *effective); !s)
            return fail(s.error());
        // A file that named no page has one now, or has none again: its articles
        // stand on that page, or on none.
        const int pagesAfter = int(effective->pages.size());
        if ((pagesBefore == 0) != (pagesAfter == 0)) {
            articlePages.prepare(pagesAfter == 0
                                     ? u"UPDATE articles SET page = NULL WHERE issue_id = ?"_s
                                     : u"UPDATE articles SET page = 0 WHERE issue_id = ?"_s);
            articlePages.addBindValue(issueId);
            if (!articlePages.exec())
                return fail(sqlError(articlePages, Library::tr("store what the user set")));
        }
    }
    return commit();
}

// --- Browsing -----------------------------------------------------------------

// The tree's first two levels read archive_years (a row per paper and year,
// kept by triggers: 005-archive.sql), the others the index issues_by_paper_date
// (paper, issue_date, article_count): the tree costs the same however many files
// the library holds, or each month.
Result<QList<NewspaperRecord>> Library::newspapers()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT paper, sum(issues), sum(articles) FROM archive_years "
                    "GROUP BY paper ORDER BY paper = '', paper"_s))
        return sqlError(query, Library::tr("list its newspapers"));
    QList<NewspaperRecord> papers;
    while (query.next())
        papers << NewspaperRecord{query.value(0).toString(), query.value(1).toInt(),
                                  query.value(2).toInt()};
    return papers;
}

Result<QList<PeriodRecord>> Library::years(const QString &paper)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT year, issues, articles FROM archive_years WHERE paper = ? "
                  "ORDER BY year = 0, year"_s);
    query.addBindValue(paper.isNull() ? u""_s : paper);
    if (!query.exec())
        return sqlError(query, Library::tr("list the years of a newspaper"));
    QList<PeriodRecord> years;
    while (query.next())
        years << PeriodRecord{query.value(0).toInt(), 0, query.value(1).toInt(),
                              query.value(2).toInt()};
    return years;
}

Result<QList<PeriodRecord>> Library::months(const QString &paper, int year)
{
    if (year <= 0)
        return QList<PeriodRecord>(); // the undated files have no months
    QVariantList values;
    const QString where = paperIs(paper, values);
    values << isoDate(QDate(year, 1, 1)) << isoDate(QDate(year + 1, 1, 1));
    QSqlQuery query(m_db);
    query.prepare(u"SELECT CAST(substr(issue_date, 6, 2) AS INTEGER) AS month, count(*), "
                  "sum(articles) FROM (SELECT issue_date, sum(article_count) AS articles "
                  "FROM issues i WHERE "_s +
                  where +
                  u" AND i.issue_date >= ? AND i.issue_date < ? GROUP BY issue_date) "
                  "GROUP BY month ORDER BY month"_s);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, Library::tr("list the months of a newspaper"));
    QList<PeriodRecord> months;
    while (query.next())
        months << PeriodRecord{year, query.value(0).toInt(), query.value(1).toInt(),
                               query.value(2).toInt()};
    return months;
}

Result<QList<ArchiveIssueRecord>>
Library::archiveIssuesWhere(const QString &where, const QVariantList &values, bool groupByDate)
{
    QSqlQuery query(m_db);
    // The doubts by issue and the corrections by sha256 are lookups by key, as
    // for Library::issues; before format 7 there are neither.
    query.prepare(u"SELECT i.id, i.paper, i.issue_date, i.edition, i.edition_source, "
                  "i.paper_source, i.date_source, i.article_count, i.page_count, "_s +
                  (hasCorrections()
                       ? u"(SELECT count(*) FROM issue_doubts d WHERE d.issue_id = i.id), "
                         "coalesce((SELECT c.operation_count FROM corrections c WHERE "
                         "c.sha256 = i.sha256), 0)"_s
                       : u"0, 0"_s) +
                  u" FROM issues i WHERE "_s + where + u" ORDER BY i.issue_date, i.id"_s);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, Library::tr("list the issues of a newspaper"));
    const auto moreTrustedSource = [](std::optional<MetadataSource> &kept,
                                      std::optional<MetadataSource> other) {
        if (other && (!kept || *other < *kept))
            kept = other;
    };
    QList<ArchiveIssueRecord> issues;
    while (query.next()) {
        const QDate date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        if (!groupByDate || issues.isEmpty() || issues.last().date != date || !date.isValid()) {
            ArchiveIssueRecord record;
            record.paper = query.value(1).toString();
            record.date = date;
            issues << record;
        }
        ArchiveIssueRecord &record = issues.last();
        record.fileIds << query.value(0).toLongLong();
        record.articleCount += query.value(7).toInt();
        record.pageCount += std::max(query.value(8).toInt(), 1);
        record.doubtCount += query.value(9).toInt();
        record.correctionCount += query.value(10).toInt();
        moreTrustedSource(record.paperSource, sourceFrom(query.value(5)));
        moreTrustedSource(record.dateSource, sourceFrom(query.value(6)));
        // The edition from the most trusted file that prints one.
        const auto editionSource = sourceFrom(query.value(4));
        if (!query.value(3).toString().isEmpty() &&
            (record.edition.isEmpty() ||
             (editionSource && record.editionSource && *editionSource < *record.editionSource))) {
            record.edition = query.value(3).toString();
            record.editionSource = editionSource.value_or(MetadataSource::Text);
        }
    }
    return issues;
}

Result<QList<ArchiveIssueRecord>> Library::archiveIssues(const QString &paper, int year, int month)
{
    QVariantList values;
    QString where = paperIs(paper, values);
    if (year <= 0)
        return archiveIssuesWhere(where + u" AND i.issue_date IS NULL"_s, values, false);
    const QDate first(year, std::clamp(month, 1, 12), 1);
    if (!first.isValid())
        return QList<ArchiveIssueRecord>();
    const QDate end = month >= 1 && month <= 12 ? first.addMonths(1) : QDate(year + 1, 1, 1);
    values << isoDate(month >= 1 && month <= 12 ? first : QDate(year, 1, 1)) << isoDate(end);
    return archiveIssuesWhere(where + u" AND i.issue_date >= ? AND i.issue_date < ?"_s, values,
                              true);
}

Result<QList<PageRecord>> Library::pagesWhere(const QString &where, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT i.id, i.source_path, i.line_count, i.article_count, p.position, "
                  "p.number, p.number_source, p.name, p.name_source, p.first_line, p.last_line, "
                  "coalesce(p.sort_key, ?) AS page_key FROM issues i LEFT JOIN pages p ON "
                  "p.issue_id = i.id WHERE "_s +
                  where + u" ORDER BY page_key, i.id, p.position"_s);
    query.addBindValue(kUnknownPageSortKey);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, Library::tr("list the pages of an issue"));
    QList<PageRecord> pages;
    QList<qint64> files;
    while (query.next()) {
        PageRecord page;
        page.issueId = query.value(0).toLongLong();
        page.sourcePath = query.value(1).toString();
        if (query.value(4).isNull()) {
            // A file that names no page: one page, the whole file.
            page.position = -1;
            page.firstLine = query.value(2).toInt() > 0 ? 1 : 0;
            page.lastLine = query.value(2).toInt();
            page.articleCount = query.value(3).toInt();
        } else {
            page.position = query.value(4).toInt();
            page.number = query.value(5).toString();
            page.numberSource = page.number.isEmpty() ? std::nullopt : sourceFrom(query.value(6));
            page.name = query.value(7).toString();
            page.nameSource = page.name.isEmpty() ? std::nullopt : sourceFrom(query.value(8));
            page.firstLine = query.value(9).toInt();
            page.lastLine = query.value(10).toInt();
            if (!files.contains(page.issueId))
                files << page.issueId;
        }
        pages << page;
    }
    query.finish();
    // The articles that start on each page.
    QHash<std::pair<qint64, int>, int> counts;
    QSqlQuery count(m_db);
    count.prepare(u"SELECT page, count(*) FROM articles WHERE issue_id = ? AND page IS NOT NULL "
                  "GROUP BY page"_s);
    for (const qint64 file : std::as_const(files)) {
        count.addBindValue(file);
        if (!count.exec())
            return sqlError(count, Library::tr("list the pages of an issue"));
        while (count.next())
            counts.insert({file, count.value(0).toInt()}, count.value(1).toInt());
    }
    for (PageRecord &page : pages) {
        if (page.position >= 0)
            page.articleCount = counts.value({page.issueId, page.position});
    }
    if (!hasCorrections())
        return pages; // before format 7: no doubt recorded
    // The doubts on each page's lines; a file that names no page has all of its
    // own, line 0 (the whole file, its encoding) included.
    QSqlQuery doubts(m_db);
    doubts.prepare(u"SELECT line FROM issue_doubts WHERE issue_id = ?"_s);
    QHash<qint64, QList<int>> lines;
    for (const PageRecord &page : std::as_const(pages)) {
        if (lines.contains(page.issueId))
            continue;
        doubts.addBindValue(page.issueId);
        if (!doubts.exec())
            return sqlError(doubts, Library::tr("list the pages of an issue"));
        QList<int> &ofFile = lines[page.issueId];
        while (doubts.next())
            ofFile << doubts.value(0).toInt();
    }
    for (PageRecord &page : pages) {
        const QList<int> &ofFile = lines.value(page.issueId);
        if (page.position < 0) {
            page.doubtCount = int(ofFile.size());
            continue;
        }
        page.doubtCount = int(std::count_if(ofFile.begin(), ofFile.end(), [&page](int line) {
            return line >= page.firstLine && line <= page.lastLine && line > 0;
        }));
    }
    return pages;
}

Result<QList<PageRecord>> Library::archivePages(const QString &paper, const QDate &date)
{
    QVariantList values;
    QString where = paperIs(paper, values);
    if (date.isValid()) {
        where += u" AND i.issue_date = ?"_s;
        values << isoDate(date);
    } else {
        where += u" AND i.issue_date IS NULL"_s;
    }
    return pagesWhere(where, values);
}

Result<QList<PageRecord>> Library::pagesOfFile(qint64 issueId)
{
    return pagesWhere(u"i.id = ?"_s, {issueId});
}

Result<QList<SectionRecord>> Library::sectionsOnPage(qint64 issueId, int page)
{
    if (page < 0)
        return sections(issueId);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT s.id, s.position, s.title, count(*) FROM articles a JOIN sections s "
                  "ON s.id = a.section_id WHERE a.issue_id = ? AND a.page = ? "
                  "GROUP BY s.id, s.position, s.title ORDER BY s.position"_s);
    query.addBindValue(issueId);
    query.addBindValue(page);
    if (!query.exec())
        return sqlError(query, Library::tr("read a page"));
    QList<SectionRecord> sections;
    while (query.next())
        sections << SectionRecord{query.value(0).toLongLong(), issueId, query.value(1).toInt(),
                                  query.value(2).toString(), query.value(3).toInt()};
    return sections;
}

Result<QList<SectionEntry>> Library::sectionEntriesOnPage(qint64 sectionId, int page)
{
    return sectionEntriesWhere(sectionId, page < 0 ? std::nullopt : std::optional<int>(page));
}

Result<QList<QDate>> Library::issueDates(const QString &paper, const QDate &from, const QDate &to)
{
    QVariantList values;
    QString where = paper.isNull() ? u"i.issue_date IS NOT NULL"_s
                                   : paperIs(paper, values) + u" AND i.issue_date IS NOT NULL"_s;
    if (from.isValid()) {
        where += u" AND i.issue_date >= ?"_s;
        values << isoDate(from);
    }
    if (to.isValid()) {
        where += u" AND i.issue_date <= ?"_s;
        values << isoDate(to);
    }
    QSqlQuery query(m_db);
    query.prepare(u"SELECT DISTINCT i.issue_date FROM issues i WHERE "_s + where +
                  u" ORDER BY i.issue_date"_s);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query, Library::tr("list the days of the issues"));
    QList<QDate> dates;
    while (query.next()) {
        const QDate date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (date.isValid())
            dates << date;
    }
    return dates;
}

Result<std::optional<ArchiveIssueRecord>> Library::adjacentIssue(const QString &paper,
                                                                 const QDate &date, int step)
{
    QVariantList values;
    QString where = paperIs(paper, values) + u" AND i.issue_date IS NOT NULL"_s;
    QString order = u"i.issue_date"_s;
    if (date.isValid()) {
        where += step > 0 ? u" AND i.issue_date > ?"_s
                          : (step < 0 ? u" AND i.issue_date < ?"_s : u" AND i.issue_date = ?"_s);
        values << isoDate(date);
    }
    if (step < 0)
        order += u" DESC"_s;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT DISTINCT i.issue_date FROM issues i WHERE "_s + where + u" ORDER BY "_s +
                  order + u" LIMIT 1 OFFSET ?"_s);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(std::max(std::abs(step) - 1, 0));
    if (!query.exec())
        return sqlError(query, Library::tr("find the next issue"));
    if (!query.next())
        return std::optional<ArchiveIssueRecord>();
    const QString day = query.value(0).toString();
    query.finish();
    QVariantList dayValues;
    const QString dayWhere = paperIs(paper, dayValues) + u" AND i.issue_date = ?"_s;
    dayValues << day;
    auto issues = archiveIssuesWhere(dayWhere, dayValues, true);
    if (!issues)
        return issues.error();
    if (issues->isEmpty())
        return std::optional<ArchiveIssueRecord>();
    return std::optional<ArchiveIssueRecord>(issues->first());
}

} // namespace Broadsheet
