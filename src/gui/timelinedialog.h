#pragma once

#include "libraryrecords.h"
#include "result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QHash>

#include <functional>
#include <optional>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Broadsheet {

class TimelineChart;

// Counts one query over time. Called on a worker thread, never two at once:
// the real one opens a read-only Library of its own inside the call.
using TimelineProvider = std::function<Result<QList<TimelineBucket>>(const TimelineRequest &)>;

// A non-modal dialog around a TimelineChart: the queries to compare (added with
// the field, removed with their chips), by year, month or day, counts or
// shares, all papers or one. The numbers come from the provider, one query at
// a time, off the GUI thread; a change of settings while one is counted lets
// it finish and counts again. Clicking a bar asks the window for the
// articles of that period: periodActivated.
class TimelineDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TimelineDialog(TimelineProvider provider, QWidget *parent = nullptr);
    ~TimelineDialog() override;

    void addQuery(const QString &query); // and count it
    void removeQuery(const QString &query);
    QStringList queries() const { return m_queries; }
    // The newspapers to choose from; with none the choice is hidden.
    void setPapers(const QStringList &papers);
    void setUnit(TimelineUnit unit);
    TimelineUnit unit() const;
    void setShowShare(bool share);
    void setExactScript(bool exact); // "Match script exactly", as in the search panel
    void refresh();                  // the library changed: count every query again

    bool isCounting() const { return m_running.has_value(); }
    TimelineChart *chart() const { return m_chart; }

signals:
    void periodActivated(const QString &query, const QString &period);
    // Every query is counted (or failed): for tests and a busy cursor.
    void countingFinished();

private:
    TimelineRequest requestFor(const QString &query) const;
    void settingsChanged();
    void countNext();
    void counted();
    void showChart();
    void showStatus();
    void rebuildChips();
    void addFromField();

    TimelineProvider m_provider;
    QStringList m_queries;
    QHash<QString, QList<TimelineBucket>> m_results; // for the settings in force
    QHash<QString, QString> m_errors;
    std::optional<TimelineRequest> m_running;
    QFutureWatcher<Result<QList<TimelineBucket>>> m_watcher;
    bool m_exactScript = false;

    QLineEdit *m_field;
    QPushButton *m_add;
    QWidget *m_chips;
    QHBoxLayout *m_chipLayout;
    QComboBox *m_unit;
    QButtonGroup *m_mode;
    QLabel *m_paperLabel;
    QComboBox *m_paper;
    TimelineChart *m_chart;
    QLabel *m_status;
};

} // namespace Broadsheet
