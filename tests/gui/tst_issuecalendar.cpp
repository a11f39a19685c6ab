#include "guitestsupport.h"
#include "issuecalendar.h"
#include "theme.h"

#include <QSignalSpy>
#include <QTableView>
#include <QToolButton>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The archive's calendar, clicked and keyed as a user does: only the days with
// issues open, paging asks for the month's days.
class TestIssueCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void marksDays();
    void clickOpensMarkedDaysOnly();
    void enterOpensMarkedDay();
    void pagingAsksForTheMonth();
    void screenshots();

private:
    QTableView *view() const
    {
        return m_calendar->findChild<QTableView *>(u"qt_calendar_calendarview"_s);
    }
    // The cell of `day` in the month on show (not a day of the month before or after).
    QModelIndex cell(int day) const;

    QTemporaryDir m_dir;
    std::unique_ptr<IssueCalendar> m_calendar;
};

QModelIndex TestIssueCalendar::cell(int day) const
{
    const QAbstractItemModel *model = view()->model();
    const QString text = QString::number(day);
    // The month's own days lie between its 1st and the next month's 1st.
    bool inMonth = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            const QString shown = index.data().toString();
            if (shown == "1"_L1) {
                if (inMonth)
                    return {};
                inMonth = true;
            }
            if (inMonth && shown == text)
                return index;
        }
    }
    return {};
}

void TestIssueCalendar::init()
{
    GuiTest::isolateSettings(m_dir);
    m_calendar = std::make_unique<IssueCalendar>();
    m_calendar->setSelectedDate(QDate(2019, 2, 1));
    m_calendar->setIssueDates({QDate(2019, 2, 5), QDate(2019, 2, 5), QDate(2019, 2, 20)});
    m_calendar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_calendar.get()));
    QVERIFY(view());
}

void TestIssueCalendar::cleanup()
{
    m_calendar.reset();
}

void TestIssueCalendar::marksDays()
{
    const QModelIndex fifth = cell(5);
    QVERIFY(fifth.isValid());
    QVERIFY(fifth.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(fifth.data(Qt::ToolTipRole).toString(), IssueCalendar::tr("%n issue(s)", "", 2));
    QCOMPARE(m_calendar->issueCount(QDate(2019, 2, 5)), 2);
    const QModelIndex sixth = cell(6);
    QVERIFY(!sixth.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(sixth.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(fifth.data(Qt::BackgroundRole).value<QColor>() !=
            sixth.data(Qt::BackgroundRole).value<QColor>());

    // New marks replace the old ones.
    m_calendar->setIssueDates({QDate(2019, 2, 6)});
    QVERIFY(!cell(5).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(cell(5).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell(6).data(Qt::FontRole).value<QFont>().bold());
}

void TestIssueCalendar::clickOpensMarkedDaysOnly()
{
    QSignalSpy opened(m_calendar.get(), &IssueCalendar::issueDateActivated);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                      view()->visualRect(cell(12)).center());
    QCOMPARE(m_calendar->selectedDate(), QDate(2019, 2, 12)); // the click landed
    QCOMPARE(opened.count(), 0);

    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                      view()->visualRect(cell(20)).center());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toDate(), QDate(2019, 2, 20));
}

void TestIssueCalendar::enterOpensMarkedDay()
{
    QSignalSpy opened(m_calendar.get(), &IssueCalendar::issueDateActivated);
    view()->setFocus();
    m_calendar->setSelectedDate(QDate(2019, 2, 7));
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(opened.count(), 0);
    // Arrow keys to a marked day, then Enter.
    m_calendar->setSelectedDate(QDate(2019, 2, 4));
    QTest::keyClick(view(), Qt::Key_Right);
    QCOMPARE(m_calendar->selectedDate(), QDate(2019, 2, 5));
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toDate(), QDate(2019, 2, 5));
}

void TestIssueCalendar::pagingAsksForTheMonth()
{
    QSignalSpy shown(m_calendar.get(), &IssueCalendar::monthShown);
    auto *next = m_calendar->findChild<QToolButton *>(u"qt_calendar_nextmonth"_s);
    QVERIFY(next);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toInt(), 2019);
    QCOMPARE(shown.at(0).at(1).toInt(), 3);
    auto *previous = m_calendar->findChild<QToolButton *>(u"qt_calendar_prevmonth"_s);
    QTest::mouseClick(previous, Qt::LeftButton);
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(shown.count(), 3);
    QCOMPARE(shown.at(2).at(0).toInt(), 2019);
    QCOMPARE(shown.at(2).at(1).toInt(), 1);
}

// BROADSHEET_WIDGET_SHOTS=dir: pictures of the calendar in the light and dark looks.
void TestIssueCalendar::screenshots()
{
    const QString dir = qEnvironmentVariable("BROADSHEET_WIDGET_SHOTS");
    if (dir.isEmpty())
        QSKIP("BROADSHEET_WIDGET_SHOTS is not set");
    m_calendar->setIssueDates({QDate(2019, 2, 5), QDate(2019, 2, 5), QDate(2019, 2, 6),
                               QDate(2019, 2, 12), QDate(2019, 2, 20), QDate(2019, 2, 21)});
    m_calendar->setSelectedDate(QDate(2019, 2, 20));
    m_calendar->resize(360, 260);
    for (const auto look : {Theme::Look::Light, Theme::Look::Dark}) {
        Theme::apply(look);
        QCoreApplication::processEvents();
        const QString name = look == Theme::Look::Dark ? u"dark"_s : u"light"_s;
        QVERIFY(m_calendar->grab().save(dir + u"/widgets-calendar-"_s + name + u".png"_s));
    }
    Theme::apply(Theme::Look::Light);
}

QTEST_MAIN(TestIssueCalendar)
#include "tst_issuecalendar.moc"
