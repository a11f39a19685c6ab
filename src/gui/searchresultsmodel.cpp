#include "searchresultsmodel.h"

#include "articlehtml.h"
#include "icons.h"
#include "library.h"
#include "searchworker.h"

#include <QLocale>
#include <QPoint>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Broadsheet {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

SearchResultsModel::~SearchResultsModel()
{
    if (!m_thread)
        return;
    // The search running ends (its results go nowhere); nothing else starts. The
    // worker, and its connection, are deleted in their thread as it finishes.
    m_worker->discardPending();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void SearchResultsModel::ensureWorker()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("search"));
    m_worker = new SearchWorker;
    m_worker->setHook(m_hook);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchResultsModel::arrived,
            Qt::QueuedConnection);
    connect(m_worker, &SearchWorker::failed, this, &SearchResultsModel::failedWith,
            Qt::QueuedConnection);
    m_thread->start();
}

void SearchResultsModel::setSearchHook(std::function<void(const SearchRequest &)> hook)
{
    m_hook = std::move(hook);
    if (m_worker)
        m_worker->setHook(m_hook);
}

void SearchResultsModel::post(const SearchRequest &request)
{
    ensureWorker();
    m_worker->post(SearchWorker::Job{m_generation, m_libraryPath, m_libraryEpoch, request});
}

void SearchResultsModel::setLibrary(Library *library)
{
    m_libraryPath = library ? library->path() : QString();
    ++m_libraryEpoch;
    clear();
    // The worker lets go of the previous file now, not at the next search.
    if (m_worker)
        m_worker->post(SearchWorker::Job{m_generation, {}, m_libraryEpoch, {}});
}

void SearchResultsModel::clear()
{
    ++m_generation; // what is on its way is for nobody now
    if (m_worker)
        m_worker->discardPending();
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    m_request = SearchRequest{};
    m_searching = false;
    m_fetching = false;
    endResetModel();
}

void SearchResultsModel::search(const SearchRequest &request)
{
    clear();
    m_request = request;
    m_request.offset = 0;
    m_request.limit = kPageSize;
    m_error.clear();
    if (m_libraryPath.isEmpty()) {
        emit searchFinished(0);
        return;
    }
    m_searching = true;
    post(m_request);
}

void SearchResultsModel::arrived(quint64 generation, int offset, const SearchResults &results)
{
    if (generation != m_generation)
        return; // a search since superseded this one
    // The state is whole before the views hear of the change: they may ask for
    // more at once (fetchMore).
    if (m_searching && offset == 0) {
        beginResetModel();
        m_hits = results.hits;
        m_total = std::max(results.total, int(m_hits.size()));
        m_searching = false;
        endResetModel();
        emit searchFinished(m_total);
    } else if (m_fetching && offset == m_hits.size()) {
        if (results.hits.isEmpty()) {
            m_total = int(m_hits.size()); // nothing more will come
            m_fetching = false;
            return;
        }
        beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + results.hits.size()) - 1);
        m_hits << results.hits;
        m_fetching = false;
        endInsertRows();
    }
}

void SearchResultsModel::failedWith(quint64 generation, int offset, const QString &message)
{
    if (generation != m_generation)
        return;
    if (m_searching && offset == 0) {
        m_searching = false;
        m_error = message;
        emit searchFailed(message);
    } else if (m_fetching && offset == m_hits.size()) {
        m_fetching = false;
        m_total = int(m_hits.size()); // stop asking
        m_error = message;
        emit fetchFailed(message);
    }
}

namespace {

QVariantList points(const QList<std::pair<int, int>> &ranges)
{
    QVariantList list;
    for (const auto &[start, length] : ranges)
        list << QPoint(start, length);
    return list;
}

} // namespace

QString SearchResultsModel::placeOf(const SearchHit &hit)
{
    QStringList place;
    // The paper, else the issue's own title: a line always says which issue.
    place << (hit.paper.isEmpty() ? hit.issueTitle : hit.paper);
    if (hit.date.isValid())
        place << hit.date.toString(tr("yyyy-MM-dd",
                                      "the day of a search result, as QDate::toString "
                                      "formats it"));
    if (!hit.pageNumber.isEmpty()) {
        // As the paper prints it, less the zeros that pad it: "03" → 3, "A02" → A2.
        static const QRegularExpression padded(QStringLiteral("^([A-Za-z]*)0+(\\d)"));
        QString number = hit.pageNumber;
        number.replace(padded, QStringLiteral("\\1\\2"));
        QString page = tr("Page %1", "a newspaper's page, as in 第3版").arg(number);
        if (!hit.pageName.isEmpty())
            page += u' ' + hit.pageName;
        place << page;
    } else if (!hit.sectionTitle.isEmpty()) {
        place << hit.sectionTitle; // the marker of the page, often, as printed
    }
    if (!hit.article.authors.isEmpty())
        place << hit.article.authors.join(u'、');
    place.removeAll(QString());
    return place.join(QStringLiteral(" · "));
}

QString SearchResultsModel::doubtNote(double confidence)
{
    if (confidence >= 1.0)
        return {};
    return tr("confidence %1", "a search result the parser is not sure of: its confidence, 0–1")
        .arg(QLocale().toString(confidence, 'f', 2));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.article.displayTitle();
    case Qt::ToolTipRole: {
        // Where the parser guessed, said in full: the row only hints at it.
        if (hit.article.confidence >= 1.0)
            return ArticleHtml::toolTip(hit.snippet);
        QStringList tip;
        if (!hit.snippet.isEmpty())
            tip << hit.snippet.toHtmlEscaped();
        tip << u"<i>"_s +
                   tr("Doubtful: the parser guessed somewhere in this article (confidence %1).")
                       .arg(QLocale().toString(hit.article.confidence, 'f', 2))
                       .toHtmlEscaped() +
                   u"</i>"_s;
        return u"<qt>"_s + tip.join(u"<br>"_s) + u"</qt>"_s;
    }
    case Qt::AccessibleDescriptionRole: {
        QStringList parts{data(index, PlaceRole).toString()};
        for (const int noteRole : {int(MatchNoteRole), int(DoubtNoteRole)}) {
            if (const QString note = data(index, noteRole).toString(); !note.isEmpty())
                parts << note;
        }
        return (parts << hit.snippet).join(u'\n');
    }
    case Qt::DecorationRole:
        return Icons::forKind(hit.article.kind);
    case ArticleIdRole:
        return hit.article.id;
    case IssueIdRole:
        return hit.article.issueId;
    case PlaceRole:
        return placeOf(hit);
    case PaperRole:
        return hit.paper;
    case DateRole:
        return hit.date;
    case PageRole:
        return hit.pageNumber;
    case ConfidenceRole:
        return hit.article.confidence;
    case DoubtNoteRole:
        return doubtNote(hit.article.confidence);
    case SnippetRole:
        return hit.snippet;
    case HighlightsRole:
        return points(hit.highlights);
    case TitleHighlightsRole:
        return points(hit.titleHighlights);
    case KindRole:
        return int(hit.article.kind);
    case MatchedInRole:
        return (hit.inHeadline ? InHeadline : 0) | (hit.inBody ? InBody : 0);
    case MatchNoteRole:
        if (hit.inHeadline && hit.inBody)
            return tr("In the headline and the text");
        if (hit.inHeadline)
            return tr("In the headline");
        if (hit.inBody)
            return tr("In the text");
        return QString();
    default:
        return {};
    }
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    // One page at a time, and only once the first is there.
    return !parent.isValid() && !m_libraryPath.isEmpty() && !m_searching && !m_fetching &&
           m_hits.size() < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    SearchRequest next = m_request;
    next.offset = int(m_hits.size());
    m_fetching = true;
    post(next);
}

} // namespace Broadsheet
