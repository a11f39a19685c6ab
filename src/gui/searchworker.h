#pragma once

#include "libraryrecords.h"

#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace Broadsheet {

class Library;

// Runs library searches in the thread it lives in, on a read-only connection of
// its own to the library file (one Library per thread). Only the newest request
// waits: one posted while another waits replaces it, so that typing fast never
// queues a backlog. Results go out with the generation they were asked for;
// the receiver drops those of a generation it has left behind.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        quint64 generation = 0;
        QString libraryPath;      // empty: close the connection, search nothing
        quint64 libraryEpoch = 0; // another epoch opens the library again
        SearchRequest request;
    };
    using Hook = std::function<void(const SearchRequest &)>;

    explicit SearchWorker(QObject *parent = nullptr);
    ~SearchWorker() override;

    // These three may be called from any thread.
    void post(const Job &job);
    void discardPending();
    void setHook(Hook hook); // called in the worker's thread before each search (tests)

signals:
    void finished(quint64 generation, int offset, const Broadsheet::SearchResults &results);
    void failed(quint64 generation, int offset, const QString &message);

private:
    void runPending();
    void run(const Job &job);

    QMutex m_mutex; // guards the four below
    std::optional<Job> m_pending;
    bool m_scheduled = false;
    Hook m_hook;
    Library *m_searching = nullptr; // the library of the search running now, to interrupt

    // The worker's thread only.
    std::unique_ptr<Library> m_library;
    QString m_libraryPath;
    quint64 m_libraryEpoch = 0;
};

} // namespace Broadsheet
