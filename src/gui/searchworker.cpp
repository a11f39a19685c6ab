#include "searchworker.h"

#include "guilogging.h"
#include "library.h"

#include <QElapsedTimer>
#include <QMutexLocker>

namespace Broadsheet {

SearchWorker::SearchWorker(QObject *parent)
    : QObject(parent)
{}

SearchWorker::~SearchWorker() = default;

void SearchWorker::post(const Job &job)
{
    const QMutexLocker lock(&m_mutex);
    m_pending = job;
    // The running search is of an older query: stop it rather than wait for it.
    if (m_searching)
        m_searching->interrupt();
    if (m_scheduled)
        return; // the call already on its way takes this job instead
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &SearchWorker::runPending, Qt::QueuedConnection);
}

void SearchWorker::discardPending()
{
    const QMutexLocker lock(&m_mutex);
    m_pending.reset();
    if (m_searching)
        m_searching->interrupt();
}

void SearchWorker::setHook(Hook hook)
{
    const QMutexLocker lock(&m_mutex);
    m_hook = std::move(hook);
}

void SearchWorker::runPending()
{
    std::optional<Job> job;
    {
        const QMutexLocker lock(&m_mutex);
        job.swap(m_pending);
        m_scheduled = false;
    }
    if (job)
        run(*job);
}

void SearchWorker::run(const Job &job)
{
    if (job.libraryPath.isEmpty()) {
        m_library.reset();
        m_libraryPath.clear();
        return;
    }
    if (!m_library || job.libraryPath != m_libraryPath || job.libraryEpoch != m_libraryEpoch) {
        m_library.reset();
        // Searching only reads: the window's own connection writes.
        Library::Options options;
        options.access = Library::Access::ReadOnly;
        auto library = Library::open(job.libraryPath, options);
        if (!library) {
            emit failed(job.generation, job.request.offset, library.errorMessage());
            return;
        }
        m_library = std::move(library).value();
        m_libraryPath = job.libraryPath;
        m_libraryEpoch = job.libraryEpoch;
    }
    Hook hook;
    {
        const QMutexLocker lock(&m_mutex);
        hook = m_hook;
    }
    if (hook)
        hook(job.request);
    QElapsedTimer timer;
    timer.start();
    {
        const QMutexLocker lock(&m_mutex);
        if (m_pending) // superseded while the hook ran, or the library opened
            return;
        m_searching = m_library.get();
    }
    auto results = m_library->search(job.request);
    {
        const QMutexLocker lock(&m_mutex);
        m_searching = nullptr;
    }
    if (!results && results.error().code == Error::Code::Cancelled) {
        qCDebug(lcGui) << "search for" << job.request.text.left(40) << "stopped";
        return; // a newer request is on its way, or the model is going
    }
    qCDebug(lcGui) << "searched" << job.request.text.left(40) << "from" << job.request.offset
                   << "in" << timer.elapsed() << "ms";
    if (!results) {
        // The next search opens the library again: whatever went wrong may not last.
        m_library.reset();
        emit failed(job.generation, job.request.offset, results.errorMessage());
        return;
    }
    emit finished(job.generation, job.request.offset, *results);
}

} // namespace Broadsheet
