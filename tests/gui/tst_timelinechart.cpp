#include "guitestsupport.h"
#include "theme.h"
#include "timelinechart.h"
#include "timelinedialog.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QThread>
#include <QToolButton>
#include <QValueAxis>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The timeline: the chart's bars for given numbers, and the dialog that gets
// them from a provider off the GUI thread, driven by typing and clicking.
class TestTimelineChart : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void chartBarsPerQuery();
    void dialogCountsQueries();
    void dialogShareMode();
    void dialogBarClickActivatesPeriod();
    void dialogRecountsForAnotherUnit();
    void dialogShowsErrors();
    void screenshots();

private:
    QBarSeries *bars(const TimelineChart *chart) const
    {
        const auto series = chart->chart()->series();
        return series.isEmpty() ? nullptr : qobject_cast<QBarSeries *>(series.first());
    }
    QList<qreal> values(const TimelineChart *chart, int set) const
    {
        QList<qreal> values;
        const QBarSet *barSet = bars(chart)->barSets().at(set);
        for (int i = 0; i < barSet->count(); ++i)
            values << barSet->at(i);
        return values;
    }
    void addQueryByTyping(const QString &query);

    QTemporaryDir m_dir;
    std::unique_ptr<TimelineDialog> m_dialog;
    QMutex m_mutex;
    QList<TimelineRequest> m_requests;
    bool m_onGuiThread = false;
};

namespace {

QList<TimelineBucket> bucketsFor(const TimelineRequest &request)
{
    if (request.by == TimelineUnit::Year)
        return {{u"2019"_s, request.text == "economy"_L1 ? 6 : 8, 38}};
    if (request.text == "economy"_L1)
        return {{u"2019-02"_s, 2, 20}, {u"2019-03"_s, 4, 8}};
    return {{u"2019-01"_s, 3, 10}, {u"2019-02"_s, 5, 20}};
}

} // namespace

void TestTimelineChart::init()
{
    GuiTest::isolateSettings(m_dir);
    m_requests.clear();
    m_onGuiThread = false;
    QThread *gui = QThread::currentThread();
    m_dialog = std::make_unique<TimelineDialog>(
        [this, gui](const TimelineRequest &request) -> Result<QList<TimelineBucket>> {
            {
                const QMutexLocker lock(&m_mutex);
                m_requests << request;
                m_onGuiThread = m_onGuiThread || QThread::currentThread() == gui;
            }
            QThread::msleep(20); // a count takes a while: settings may change meanwhile
            if (request.text == "broken"_L1)
                return Error{Error::Code::Library, u"The library file cannot be read."_s};
            return bucketsFor(request);
        });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestTimelineChart::cleanup()
{
    m_dialog.reset();
}

void TestTimelineChart::addQueryByTyping(const QString &query)
{
    auto *field = m_dialog->findChild<QLineEdit *>(u"queryField"_s);
    field->setFocus();
    GuiTest::typeText(field, query);
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(u"addButton"_s), Qt::LeftButton);
    QVERIFY(field->text().isEmpty());
}

void TestTimelineChart::chartBarsPerQuery()
{
    TimelineChart chart;
    chart.setSeries(
        {{u"发展"_s, bucketsFor({u"发展"_s})}, {u"economy"_s, bucketsFor({u"economy"_s})}});
    QCOMPARE(chart.periods(), QStringList({u"2019-01"_s, u"2019-02"_s, u"2019-03"_s}));
    QCOMPARE(bars(&chart)->barSets().size(), 2);
    QCOMPARE(bars(&chart)->barSets().at(1)->label(), u"economy"_s);
    QCOMPARE(values(&chart, 0), QList<qreal>({3, 5, 0}));
    QCOMPARE(values(&chart, 1), QList<qreal>({0, 2, 4}));
    chart.setShowShare(true);
    QCOMPARE(values(&chart, 0), QList<qreal>({30, 25, 0}));
    QCOMPARE(values(&chart, 1), QList<qreal>({0, 10, 50}));

    QSignalSpy clicked(&chart, &TimelineChart::periodClicked);
    emit bars(&chart)->barSets().at(1)->clicked(2);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.at(0).at(0).toString(), u"economy"_s);
    QCOMPARE(clicked.at(0).at(1).toString(), u"2019-03"_s);

    chart.setSeries({});
    QVERIFY(chart.chart()->series().isEmpty());
}

void TestTimelineChart::dialogCountsQueries()
{
    addQueryByTyping(u"发展"_s);
    addQueryByTyping(u"economy"_s);
    QCOMPARE(m_dialog->queries(), QStringList({u"发展"_s, u"economy"_s}));
    TimelineChart *chart = m_dialog->chart();
    QTRY_VERIFY(bars(chart) && bars(chart)->barSets().size() == 2);
    QTRY_VERIFY(!m_dialog->isCounting());
    QCOMPARE(values(chart, 0), QList<qreal>({3, 5, 0}));
    QCOMPARE(values(chart, 1), QList<qreal>({0, 2, 4}));
    {
        const QMutexLocker lock(&m_mutex);
        QCOMPARE(m_requests.size(), 2);
        QVERIFY(!m_onGuiThread);
        QCOMPARE(m_requests.at(0).by, TimelineUnit::Month);
    }

    // The chip takes its query off the chart.
    const auto chips = m_dialog->findChildren<QToolButton *>(u"chip"_s);
    QCOMPARE(chips.size(), 2);
    QTest::mouseClick(chips.at(0), Qt::LeftButton);
    QCOMPARE(m_dialog->queries(), QStringList({u"economy"_s}));
    QCOMPARE(bars(chart)->barSets().size(), 1);
    QCOMPARE(chart->periods(), QStringList({u"2019-02"_s, u"2019-03"_s}));
}

void TestTimelineChart::dialogShareMode()
{
    addQueryByTyping(u"发展"_s);
    TimelineChart *chart = m_dialog->chart();
    QTRY_VERIFY(bars(chart) && !m_dialog->isCounting());
    QTest::mouseClick(m_dialog->findChild<QRadioButton *>(u"share"_s), Qt::LeftButton);
    QVERIFY(chart->showsShare());
    QCOMPARE(values(chart, 0), QList<qreal>({30, 25}));
    QTest::mouseClick(m_dialog->findChild<QRadioButton *>(u"counts"_s), Qt::LeftButton);
    QCOMPARE(values(chart, 0), QList<qreal>({3, 5}));
    const QMutexLocker lock(&m_mutex);
    QCOMPARE(m_requests.size(), 1); // the shares need no second count
}

void TestTimelineChart::dialogBarClickActivatesPeriod()
{
    addQueryByTyping(u"发展"_s);
    TimelineChart *chart = m_dialog->chart();
    QTRY_VERIFY(bars(chart) && !m_dialog->isCounting());
    QSignalSpy activated(m_dialog.get(), &TimelineDialog::periodActivated);
    emit bars(chart)->barSets().at(0)->clicked(1);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), u"发展"_s);
    QCOMPARE(activated.at(0).at(1).toString(), u"2019-02"_s);
}

void TestTimelineChart::dialogRecountsForAnotherUnit()
{
    addQueryByTyping(u"发展"_s);
    // Changed while the count by month runs: its numbers are dropped.
    auto *unit = m_dialog->findChild<QComboBox *>(u"unit"_s);
    unit->setFocus();
    QTest::keyClick(unit, Qt::Key_Up); // by year
    QCOMPARE(m_dialog->unit(), TimelineUnit::Year);
    TimelineChart *chart = m_dialog->chart();
    QTRY_VERIFY(!m_dialog->isCounting() && bars(chart));
    QCOMPARE(chart->periods(), QStringList({u"2019"_s}));
    QCOMPARE(values(chart, 0), QList<qreal>({8}));
    const QMutexLocker lock(&m_mutex);
    QCOMPARE(m_requests.size(), 2);
    QCOMPARE(m_requests.last().by, TimelineUnit::Year);
}

void TestTimelineChart::dialogShowsErrors()
{
    addQueryByTyping(u"broken"_s);
    addQueryByTyping(u"发展"_s);
    QTRY_VERIFY(!m_dialog->isCounting() && bars(m_dialog->chart()));
    const QString status = m_dialog->findChild<QLabel *>(u"status"_s)->text();
    QVERIFY2(status.contains(u"The library file cannot be read."_s), qPrintable(status));
    QVERIFY(status.contains(u"broken"_s));
    QCOMPARE(bars(m_dialog->chart())->barSets().size(), 1); // the other query still shows
}

// BROADSHEET_WIDGET_SHOTS=dir: pictures of the dialog in the light and dark looks.
void TestTimelineChart::screenshots()
{
    const QString dir = qEnvironmentVariable("BROADSHEET_WIDGET_SHOTS");
    if (dir.isEmpty())
        QSKIP("BROADSHEET_WIDGET_SHOTS is not set");
    m_dialog->setPapers({u"辽源日报"_s, u"吉林日报"_s});
    addQueryByTyping(u"发展"_s);
    addQueryByTyping(u"economy"_s);
    QTRY_VERIFY(!m_dialog->isCounting() && bars(m_dialog->chart()) &&
                bars(m_dialog->chart())->barSets().size() == 2);
    for (const auto look : {Theme::Look::Light, Theme::Look::Dark}) {
        Theme::apply(look);
        QCoreApplication::processEvents();
        const QString name = look == Theme::Look::Dark ? u"dark"_s : u"light"_s;
        QVERIFY(m_dialog->grab().save(dir + u"/widgets-timeline-"_s + name + u".png"_s));
    }
    Theme::apply(Theme::Look::Light);
}

QTEST_MAIN(TestTimelineChart)
#include "tst_timelinechart.moc"
