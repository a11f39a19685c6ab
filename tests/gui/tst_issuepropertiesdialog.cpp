#include "guitestsupport.h"
#include "issuepropertiesdialog.h"
#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The Issue Properties dialog, typed into as a user does: only what the user
// changes comes out of it, several files keep their own values unless changed.
class TestIssuePropertiesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneIssueChangedPaper();
    void severalIssuesKeepWhatDiffers();
    void useDetectedForgetsTheUsersValue();
    void guessesShowAsGuesses();
    void pageFieldsForSinglePagesOnly();
    void screenshots();

private:
    QTemporaryDir m_dir;
};

namespace {

template<typename T>
std::optional<Sourced<T>> sourced(T value, MetadataSource source)
{
    return Sourced<T>{std::move(value), source};
}

IssueMetadata issue(const QString &paper, QDate date,
                    MetadataSource paperSource = MetadataSource::Text,
                    MetadataSource dateSource = MetadataSource::Text)
{
    IssueMetadata metadata;
    if (!paper.isEmpty())
        metadata.newspaper = sourced(paper, paperSource);
    if (date.isValid())
        metadata.date = sourced(date, dateSource);
    IssuePage page;
    page.number = sourced(u"01"_s, MetadataSource::Path);
    page.name = sourced(u"要闻"_s, MetadataSource::Text);
    metadata.pages << page;
    return metadata;
}

template<typename T = QWidget>
T *child(const QDialog &dialog, const QString &name)
{
    return dialog.findChild<T *>(name);
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    GuiTest::typeText(edit, text);
}

const QStringList kPapers = {u"辽源日报"_s, u"人民日报"_s, u"吉林日报"_s};

} // namespace

void TestIssuePropertiesDialog::initTestCase()
{
    GuiTest::isolateSettings(m_dir);
}

void TestIssuePropertiesDialog::oneIssueChangedPaper()
{
    IssuePropertiesDialog dialog({issue(u"辽源日报"_s, QDate(2019, 2, 5))},
                                 {u"/archive/2019/lyrb_20190205_01.txt"_s}, kPapers);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *paper = child<QComboBox>(dialog, u"newspaper"_s);
    QCOMPARE(paper->currentText(), u"辽源日报"_s);
    QCOMPARE(child<QLabel>(dialog, u"newspaperSource"_s)->text(),
             IssuePropertiesDialog::tr("from the text"));
    QCOMPARE(child<QDateEdit>(dialog, u"date"_s)->date(), QDate(2019, 2, 5));
    QVERIFY(dialog.windowTitle().contains(u"lyrb_20190205_01.txt"_s));
    QVERIFY(dialog.edit().isEmpty());

    replaceText(paper->lineEdit(), u"人民日报"_s);
    const MetadataEdit edit = dialog.edit();
    QCOMPARE(edit.newspaper, std::optional<QString>(u"人民日报"_s));
    QVERIFY(!edit.date && !edit.edition && !edit.pageNumber && !edit.pageName);
    QCOMPARE(child<QLabel>(dialog, u"newspaperSource"_s)->text(),
             IssuePropertiesDialog::tr("set by you"));

    // Picking a known paper from the list is a change too.
    paper->setFocus();
    QTest::keyClick(paper, Qt::Key_Down);
    QVERIFY(dialog.edit().newspaper.has_value());
    QCOMPARE(*dialog.edit().newspaper, paper->currentText());
}

void TestIssuePropertiesDialog::severalIssuesKeepWhatDiffers()
{
    const QDate day(2019, 2, 5);
    IssuePropertiesDialog dialog({issue(u"辽源日报"_s, day), issue(u"吉林日报"_s, day)},
                                 {u"/a/1.txt"_s, u"/a/2.txt"_s}, kPapers);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *paper = child<QComboBox>(dialog, u"newspaper"_s);
    QVERIFY(paper->currentText().isEmpty());
    QCOMPARE(paper->lineEdit()->placeholderText(), IssuePropertiesDialog::tr("(several values)"));
    QCOMPARE(child<QDateEdit>(dialog, u"date"_s)->date(), day); // the same in both
    QVERIFY(dialog.edit().isEmpty());

    // A field changed applies to every file; the others stay untouched.
    replaceText(child<QLineEdit>(dialog, u"edition"_s), u"第1234期"_s);
    MetadataEdit edit = dialog.edit();
    QCOMPARE(edit.edition, std::optional<QString>(u"第1234期"_s));
    QVERIFY(!edit.newspaper && !edit.date);

    auto *date = child<QDateEdit>(dialog, u"date"_s);
    date->setFocus();
    date->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(date, Qt::Key_Up);
    QCOMPARE(dialog.edit().date, std::optional<QDate>(QDate(2019, 2, 6)));
    QVERIFY(!dialog.edit().newspaper);
}

void TestIssuePropertiesDialog::useDetectedForgetsTheUsersValue()
{
    IssuePropertiesDialog dialog({issue(u"辽源日报"_s, QDate(2019, 2, 5), MetadataSource::User)},
                                 {u"/a/1.txt"_s}, kPapers);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLabel>(dialog, u"newspaperSource"_s)->text(),
             IssuePropertiesDialog::tr("set by you"));
    auto *button = child<QToolButton>(dialog, u"newspaperUseDetected"_s);
    QVERIFY(button->isVisible());
    // Nothing the user set on the date: nothing to forget there.
    QVERIFY(!child<QToolButton>(dialog, u"dateUseDetected"_s)->isVisible());

    QTest::mouseClick(button, Qt::LeftButton);
    const MetadataEdit edit = dialog.edit();
    QVERIFY(edit.newspaper.has_value());
    QVERIFY(edit.newspaper->isNull());
    QVERIFY(!edit.date && !edit.edition);
    auto *paper = child<QComboBox>(dialog, u"newspaper"_s);
    QVERIFY(paper->currentText().isEmpty());
    QCOMPARE(paper->lineEdit()->placeholderText(), IssuePropertiesDialog::tr("Detected value"));
    QVERIFY(!button->isVisible());

    // A change not saved yet is only taken back.
    replaceText(child<QLineEdit>(dialog, u"edition"_s), u"第9期"_s);
    auto *editionButton = child<QToolButton>(dialog, u"editionUseDetected"_s);
    QVERIFY(editionButton->isVisible());
    QTest::mouseClick(editionButton, Qt::LeftButton);
    QVERIFY(!dialog.edit().edition);
    QVERIFY(child<QLineEdit>(dialog, u"edition"_s)->text().isEmpty());
}

void TestIssuePropertiesDialog::guessesShowAsGuesses()
{
    IssuePropertiesDialog dialog(
        {issue(u"辽源日报"_s, QDate(2019, 2, 5), MetadataSource::Path, MetadataSource::Guess)},
        {u"/a/1.txt"_s}, kPapers);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *date = child<QLabel>(dialog, u"dateSource"_s);
    QCOMPARE(date->text(), IssuePropertiesDialog::tr("guessed from the file's date"));
    QVERIFY(date->font().italic());
    auto *paper = child<QLabel>(dialog, u"newspaperSource"_s);
    QCOMPARE(paper->text(), IssuePropertiesDialog::tr("from the file name"));
    QVERIFY(!paper->font().italic());
    QCOMPARE(child<QLabel>(dialog, u"editionSource"_s)->text(),
             IssuePropertiesDialog::tr("not found in the file"));
}

void TestIssuePropertiesDialog::pageFieldsForSinglePagesOnly()
{
    IssueMetadata twoPages = issue(u"辽源日报"_s, QDate(2019, 2, 5));
    twoPages.pages << IssuePage{};
    IssuePropertiesDialog several({issue(u"辽源日报"_s, QDate(2019, 2, 5)), twoPages},
                                  {u"/a/1.txt"_s, u"/a/2.txt"_s}, kPapers);
    QVERIFY(!several.hasPageFields());
    QVERIFY(several.findChildren<QLabel *>(u"pageNumberSource"_s).isEmpty());

    IssuePropertiesDialog single({issue(u"辽源日报"_s, QDate(2019, 2, 5))}, {u"/a/1.txt"_s},
                                 kPapers);
    single.show();
    QVERIFY(QTest::qWaitForWindowExposed(&single));
    QVERIFY(single.hasPageFields());
    auto *number = child<QLineEdit>(single, u"pageNumber"_s);
    QVERIFY(number->isVisible());
    QCOMPARE(number->text(), u"01"_s);
    replaceText(child<QLineEdit>(single, u"pageName"_s), u"经济"_s);
    const MetadataEdit edit = single.edit();
    QCOMPARE(edit.pageName, std::optional<QString>(u"经济"_s));
    QVERIFY(!edit.pageNumber && !edit.newspaper);
}

// BROADSHEET_WIDGET_SHOTS=dir: pictures of the dialog in the light and dark looks.
void TestIssuePropertiesDialog::screenshots()
{
    const QString dir = qEnvironmentVariable("BROADSHEET_WIDGET_SHOTS");
    if (dir.isEmpty())
        QSKIP("BROADSHEET_WIDGET_SHOTS is not set");
    IssueMetadata one =
        issue(u"辽源日报"_s, QDate(2019, 2, 5), MetadataSource::User, MetadataSource::Guess);
    one.edition = sourced(u"第8123期"_s, MetadataSource::Text);
    IssuePropertiesDialog single({one}, {u"/home/li/报纸/2019/lyrb_20190205_01.txt"_s}, kPapers);
    IssuePropertiesDialog several(
        {issue(u"辽源日报"_s, QDate(2019, 2, 5)),
         issue(u"吉林日报"_s, QDate(2019, 2, 5), MetadataSource::Path),
         issue(u"吉林日报"_s, QDate(2019, 2, 6))},
        {u"/a/lyrb_20190205_01.txt"_s, u"/a/jlrb_20190205_03.txt"_s, u"/a/jlrb_20190206_01.txt"_s},
        kPapers);
    for (const auto look : {Theme::Look::Light, Theme::Look::Dark}) {
        Theme::apply(look);
        QCoreApplication::processEvents(); // the new palette reaches the widgets
        const QString name = look == Theme::Look::Dark ? u"dark"_s : u"light"_s;
        for (auto [dialog, what] :
             {std::pair{&single, u"one"_s}, std::pair{&several, u"several"_s}}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->grab().save(dir + u"/widgets-properties-"_s + what + u"-"_s + name +
                                        u".png"_s));
        }
    }
    Theme::apply(Theme::Look::Light);
}

QTEST_MAIN(TestIssuePropertiesDialog)
#include "tst_issuepropertiesdialog.moc"
