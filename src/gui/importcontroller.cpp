#include "importcontroller.h"

#include "guilogging.h"
#include "library.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace Broadsheet {

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportReport>();
}

ImportController::~ImportController()
{
    shutdown();
}

void ImportController::shutdown()
{
    m_queue.clear();
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void ImportController::setLibraryPath(const QString &path)
{
    m_libraryPath = path;
}

void ImportController::start(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_queue << paths;
    if (!m_thread)
        runNext();
}

void ImportController::cancel()
{
    m_cancel = true;
}

bool ImportController::wait(int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (m_thread || !m_queue.isEmpty()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (m_thread)
            m_thread->wait(20);
    }
    QCoreApplication::processEvents();
    return true;
}

void ImportController::runNext()
{
    if (m_queue.isEmpty())
        return;
    const QStringList paths = m_queue.takeFirst();
    const QString libraryPath = m_libraryPath;
    m_cancel = false;
    emit started(paths);
    m_thread = QThread::create([this, paths, libraryPath] {
        ImportReport report;
        // The worker's own connection: Qt Sql connections belong to one thread.
        auto library = Library::open(libraryPath);
        if (!library) {
            report.failures << ImportFailure{libraryPath, library.errorMessage(),
                                             library.error().code};
        } else {
            ImportListener listener;
            listener.progress = [this](int done, int total, const QString &path) {
                emit progress(done, total, path);
            };
            listener.cancel = &m_cancel;
            report = (*library)->importPaths(paths, listener);
        }
        QMetaObject::invokeMethod(this, [this, report, paths] {
            if (!m_thread)
                return; // shut down meanwhile
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            qCDebug(lcGui) << "imported" << report.results.size() << "failed"
                           << report.failures.size();
            emit finished(report, paths);
            runNext();
        });
    });
    m_thread->setObjectName(QStringLiteral("import"));
    m_thread->start();
}

} // namespace Broadsheet
