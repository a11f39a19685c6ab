#pragma once

#include "libraryrecords.h"

#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;

Q_DECLARE_METATYPE(Broadsheet::ImportReport)

namespace Broadsheet {

// Imports files into the library off the GUI thread: the window never freezes.
// The worker thread has its own connection to the library file; requests made
// while one runs wait their turn.
class ImportController : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    void setLibraryPath(const QString &path);
    bool isBusy() const { return m_thread != nullptr; }
    void start(const QStringList &paths);
    void cancel();
    // Waits (for tests) until nothing is being imported, handling events meanwhile.
    bool wait(int milliseconds);
    // Drops what is queued, stops the running import at its next file and waits
    // for it without handling events: for a window that is going away.
    void shutdown();

signals:
    void started(const QStringList &paths);
    void progress(int done, int total, const QString &path);
    void finished(const Broadsheet::ImportReport &report, const QStringList &paths);

private:
    void runNext();

    QString m_libraryPath;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    QList<QStringList> m_queue;
};

} // namespace Broadsheet
