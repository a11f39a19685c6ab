#include "articlepart.h"
#include "articleview.h"
#include "issueparser.h"
#include "sourcehighlighter.h"
#include "sourcemap.h"
#include "sourceview.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

// The source view on its own, on test issues parsed here: how lines are set by
// role, numbered, ruled and marked, and how a line maps to a paragraph of the
// reading pane and back.
class TestSourceView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void linesAreSetByRole_data();
    void linesAreSetByRole();
    void darkLookHasItsOwnColours();
    void gutterNumbersEveryLine();
    void articlesAreRuledAndNumbered();
    void rejoinedParagraphIsMarked();
    void selectedLinesFollowTheCursor();
    void linkedLinesAreTinted();
    void contextMenuOffersTheActionsGiven();
    void paragraphsMapToLinesAndBack();
    void clickingAParagraphTellsItsPart();
    void tenThousandLines();

private:
    struct Parsed
    {
        Issue issue;
        QStringList lines;
        QList<SourceLineInfo> map;
    };
    static Parsed parse(const QString &name);
    // The first line of `role` in the map, 0 if none.
    static int firstLineOf(const QList<SourceLineInfo> &map, SourceLineInfo::Role role);
    // The format the highlighter gave the line's first character.
    QTextCharFormat formatOf(int line) const;

    std::unique_ptr<SourceView> m_view;
};

namespace {

QString issuePath(const QString &name)
{
    return QStringLiteral(BROADSHEET_SOURCE_DIR "/tests/data/issues/") + name + u".txt"_s;
}

} // namespace

TestSourceView::Parsed TestSourceView::parse(const QString &name)
{
    Parsed parsed;
    const auto bytes = IssueParser::readFile(issuePath(name));
    if (!bytes)
        return parsed;
    const auto issue = IssueParser::parseFile(issuePath(name));
    const auto lines = IssueParser::sourceLines(*bytes);
    if (!issue || !lines)
        return parsed;
    parsed.issue = *issue;
    parsed.lines = *lines;
    parsed.map = SourceMap::build(parsed.issue, parsed.lines);
    return parsed;
}

int TestSourceView::firstLineOf(const QList<SourceLineInfo> &map, SourceLineInfo::Role role)
{
    for (qsizetype i = 0; i < map.size(); ++i) {
        if (map[i].role == role)
            return int(i) + 1;
    }
    return 0;
}

QTextCharFormat TestSourceView::formatOf(int line) const
{
    const QTextBlock block = m_view->document()->findBlockByNumber(line - 1);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.start == 0 && range.length == block.length() - 1)
            return range.format;
    }
    return {};
}

void TestSourceView::init()
{
    m_view = std::make_unique<SourceView>();
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestSourceView::cleanup()
{
    m_view.reset();
}

void TestSourceView::linesAreSetByRole_data()
{
    QTest::addColumn<QString>("issue");
    QTest::addColumn<SourceLineInfo::Role>("role");
    QTest::addColumn<bool>("bold");
    using Role = SourceLineInfo::Role;
    QTest::newRow("title") << u"t01_spring_farming"_s << Role::Title << true;
    QTest::newRow("body") << u"t01_spring_farming"_s << Role::Body << false;
    QTest::newRow("caption") << u"t01_spring_farming"_s << Role::Caption << false;
    QTest::newRow("byline") << u"t01_spring_farming"_s << Role::Byline << false;
    QTest::newRow("credit") << u"t01_spring_farming"_s << Role::Credit << false;
    QTest::newRow("kicker") << u"t02_courts_law"_s << Role::Kicker << false;
    QTest::newRow("subtitle") << u"t02_courts_law"_s << Role::Subtitle << false;
    QTest::newRow("page marker") << u"t02_courts_law"_s << Role::PageMarker << true;
    QTest::newRow("banner") << u"t02_courts_law"_s << Role::Banner << true;
    QTest::newRow("group") << u"t03_city_congress_voxpop"_s << Role::Group << true;
}

void TestSourceView::linesAreSetByRole()
{
    QFETCH(QString, issue);
    QFETCH(SourceLineInfo::Role, role);
    QFETCH(bool, bold);
    const Parsed parsed = parse(issue);
    QVERIFY(!parsed.lines.isEmpty());
    m_view->setSource(parsed.lines, parsed.map);
    QCOMPARE(m_view->lineCount(), parsed.lines.size());
    QCOMPARE(m_view->document()->blockCount(), parsed.lines.size());
    const int line = firstLineOf(parsed.map, role);
    QVERIFY2(line > 0, "the test issue has a line of that role");
    // The line as it stands in the file.
    QCOMPARE(m_view->document()->findBlockByNumber(line - 1).text(), parsed.lines[line - 1]);
    const QTextCharFormat format = formatOf(line);
    const Theme::RoleStyle style = Theme::sourceRoleStyle(role, Theme::Look::Light);
    QCOMPARE(format.foreground().color(), style.foreground);
    QCOMPARE(format.fontWeight() == QFont::Bold, bold);
    QVERIFY(m_view->lineToolTip(line).contains(SourceView::roleLabel(role)));
}

void TestSourceView::darkLookHasItsOwnColours()
{
    const Parsed parsed = parse(u"t01_spring_farming"_s);
    m_view->setSource(parsed.lines, parsed.map);
    const int title = firstLineOf(parsed.map, SourceLineInfo::Role::Title);
    QVERIFY(title > 0);
    const QColor light = formatOf(title).foreground().color();
    m_view->setLook(Theme::Look::Dark);
    const QColor dark = formatOf(title).foreground().color();
    QCOMPARE(dark,
             Theme::sourceRoleStyle(SourceLineInfo::Role::Title, Theme::Look::Dark).foreground);
    QVERIFY(light != dark);
    // Readable on its page: far from the dark page's lightness.
    QVERIFY(std::abs(dark.lightness() - Theme::readingColors(Theme::Look::Dark).page.lightness()) >
            80);
}

void TestSourceView::gutterNumbersEveryLine()
{
    const Parsed parsed = parse(u"t01_spring_farming"_s);
    m_view->setSource(parsed.lines.mid(0, 9), parsed.map.mid(0, 9));
    const int narrow = m_view->gutterWidth();
    m_view->setSource(parsed.lines, parsed.map);
    QVERIFY(parsed.lines.size() >= 10);
    QVERIFY(m_view->gutterWidth() > narrow); // room for one more digit
    QCOMPARE(m_view->viewport()->geometry().left(), m_view->gutterWidth());
    for (int line : {1, 5, int(parsed.lines.size())})
        QVERIFY(m_view->lineToolTip(line).startsWith(u"<qt>Line %1:"_s.arg(line)));
    QVERIFY(m_view->lineToolTip(int(parsed.lines.size()) + 1).isEmpty());
}

void TestSourceView::articlesAreRuledAndNumbered()
{
    const Parsed parsed = parse(u"t01_spring_farming"_s);
    m_view->setSource(parsed.lines, parsed.map);
    int articles = 0;
    for (const Section &section : parsed.issue.sections) {
        for (const Article &article : section.articles) {
            const int first = m_view->firstLineOf(article.id);
            QVERIFY(first > 0);
            QVERIFY(m_view->lineInfo(first).opensArticle);
            QCOMPARE(m_view->lineInfo(first).articleId, article.id);
            ++articles;
        }
    }
    QVERIFY(articles > 2);
    // The rule over an article's first line, drawn across the text.
    const Article &second = parsed.issue.sections.first().articles.at(1);
    const int first = m_view->firstLineOf(second.id);
    m_view->showLine(first);
    QApplication::processEvents();
    const QImage image = m_view->viewport()->grab().toImage();
    const int y = m_view->lineRect(first).top();
    QCOMPARE(image.pixelColor(image.width() - 3, y),
             Theme::readingColors(Theme::Look::Light).accent);
    // A line that opens nothing has no rule.
    QVERIFY(!m_view->lineInfo(first + 1).opensArticle);
    const int below = m_view->lineRect(first + 1).top();
    QVERIFY(image.pixelColor(image.width() - 3, below) !=
            Theme::readingColors(Theme::Look::Light).accent);
}

void TestSourceView::rejoinedParagraphIsMarked()
{
    // t01 has a paragraph continued across a column break.
    const Parsed parsed = parse(u"t01_spring_farming"_s);
    m_view->setSource(parsed.lines, parsed.map);
    int joined = 0;
    for (int line = 1; line <= m_view->lineCount() && joined == 0; ++line) {
        if (m_view->lineInfo(line).joinedFrom > 0)
            joined = line;
    }
    QVERIFY2(joined > 0, "a rejoined paragraph");
    const int from = m_view->lineInfo(joined).joinedFrom;
    QVERIFY(from < joined - 1); // not the line above: a join across lines left out
    QVERIFY(m_view->lineToolTip(joined).contains(
        SourceView::tr("Continues the paragraph from line %1").arg(from)));
    QVERIFY(!m_view->lineToolTip(from).contains(SourceView::tr("Continues the paragraph")));
    // Both lines are one paragraph of one article.
    QCOMPARE(m_view->lineInfo(joined).articleId, m_view->lineInfo(from).articleId);
    QCOMPARE(m_view->lineInfo(joined).part, m_view->lineInfo(from).part);
}

void TestSourceView::selectedLinesFollowTheCursor()
{
    const Parsed parsed = parse(u"t01_spring_farming"_s);
    m_view->setSource(parsed.lines, parsed.map);
    QSignalSpy changed(m_view.get(), &SourceView::selectedLinesChanged);
    m_view->showLine(12);
    QCOMPARE(m_view->currentLine(), 12);
    QCOMPARE(m_view->selectedLines(), QList<int>{12});
    QCOMPARE(changed.size(), 1);
    m_view->showLine(12);
    QCOMPARE(changed.size(), 1); // the same line: nothing changed
    // From line 3 to the start of line 6: lines 3 to 5.
    QTextCursor cursor(m_view->document()->findBlockByNumber(2));
    cursor.setPosition(m_view->document()->findBlockByNumber(5).position(),
                       QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    QCOMPARE(m_view->selectedLines(), (QList<int>{3, 4, 5}));
    QCOMPARE(m_view->currentLine(), 6);
    QCOMPARE(changed.size(), 2);
    // By the keyboard, as a reader selects.
    m_view->setFocus();
    m_view->showLine(20);
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedLines(), (QList<int>{20}));
    QTest::keyClick(m_view.get(), Qt::Key_End, Qt::ShiftModifier);
    QCOMPARE(m_view->selectedLines(), (QList<int>{20, 21}));
}

void TestSourceView::linkedLinesAreTinted()
{
    const Parsed parsed = parse(u"t01_spring_farming"_s);
    m_view->setSource(parsed.lines, parsed.map);
    m_view->highlightLines({4, 6});
    QCOMPARE(m_view->highlightedLines(), (QList<int>{4, 6}));
    const auto selections = m_view->extraSelections();
    QCOMPARE(selections.size(), 2);
    QCOMPARE(selections[0].cursor.blockNumber(), 3);
    QCOMPARE(selections[1].cursor.blockNumber(), 5);
    QCOMPARE(selections[0].format.background().color(),
             Theme::readingColors(Theme::Look::Light).linked);
    m_view->highlightLines({});
    QVERIFY(m_view->extraSelections().isEmpty());
}

void TestSourceView::contextMenuOffersTheActionsGiven()
{
    const Parsed parsed = parse(u"t01_spring_farming"_s);
    m_view->setSource(parsed.lines, parsed.map);
    QAction move(u"Move to Next Article"_s);
    m_view->setContextActions({&move});
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(40, 10),
                            m_view->viewport()->mapToGlobal(QPoint(40, 10)));
    QApplication::sendEvent(m_view->viewport(), &event);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) != nullptr);
    QVERIFY(menu->actions().contains(&move));
    menu->close();
}

void TestSourceView::paragraphsMapToLinesAndBack()
{
    const Parsed parsed = parse(u"t01_spring_farming"_s);
    m_view->setSource(parsed.lines, parsed.map);
    int checked = 0;
    for (const Section &section : parsed.issue.sections) {
        for (const Article &article : section.articles) {
            for (int i = 0; i < article.paragraphs.size(); ++i) {
                const ArticlePart part{ArticlePart::Kind::Paragraph, i};
                const QList<int> lines = part.lines(article);
                QVERIFY(!lines.isEmpty());
                for (int line : lines) {
                    const SourceLineInfo info = m_view->lineInfo(line);
                    QCOMPARE(info.articleId, article.id);
                    QCOMPARE(ArticlePart::ofLine(info), std::optional(part));
                    ++checked;
                }
            }
            for (int i = 0; i < article.captions.size(); ++i) {
                const ArticlePart part{ArticlePart::Kind::Caption, i};
                for (int line : part.lines(article))
                    QCOMPARE(ArticlePart::ofLine(m_view->lineInfo(line)), std::optional(part));
            }
            if (article.title) {
                for (int line : article.title->lines)
                    QCOMPARE(ArticlePart::ofLine(m_view->lineInfo(line)),
                             std::optional(ArticlePart{ArticlePart::Kind::Title}));
            }
        }
    }
    QVERIFY(checked > 10);
    // Lines of no part (blank, credits) map to none.
    const int credit = firstLineOf(parsed.map, SourceLineInfo::Role::Credit);
    QVERIFY(credit > 0);
    QVERIFY(!ArticlePart::ofLine(m_view->lineInfo(credit)));
}

void TestSourceView::clickingAParagraphTellsItsPart()
{
    const Parsed parsed = parse(u"t01_spring_farming"_s);
    StoredArticle stored;
    stored.record.id = 7;
    stored.article = parsed.issue.sections.first().articles.first();
    QVERIFY(stored.article.paragraphs.size() >= 2);
    stored.record.title = stored.article.displayTitle();
    ArticleView article;
    article.resize(800, 600);
    article.show();
    QVERIFY(QTest::qWaitForWindowExposed(&article));
    QSignalSpy activated(&article, &ArticleView::partActivated);
    article.showArticle(stored);
    QCOMPARE(activated.size(), 0); // a new document is no reader's move
    // Every paragraph and caption is found again from its text's position.
    QList<ArticlePart> parts;
    QTextBlock second;
    for (QTextBlock block = article.document()->begin(); block.isValid(); block = block.next()) {
        if (const auto part = article.partAt(block.position() + 1)) {
            parts << *part;
            if (*part == ArticlePart{ArticlePart::Kind::Paragraph, 1})
                second = block;
        }
    }
    QCOMPARE(parts.count(ArticlePart{ArticlePart::Kind::Title}), 1);
    for (int i = 0; i < stored.article.paragraphs.size(); ++i)
        QCOMPARE(parts.count(ArticlePart{ArticlePart::Kind::Paragraph, i}), 1);
    for (int i = 0; i < stored.article.captions.size(); ++i)
        QCOMPARE(parts.count(ArticlePart{ArticlePart::Kind::Caption, i}), 1);
    QVERIFY(second.isValid());
    // A click in the second paragraph tells it.
    const QRectF box = article.document()->documentLayout()->blockBoundingRect(second);
    const QPoint point(int(box.left() + 20),
                       int(box.top() + 5) - article.verticalScrollBar()->value());
    QTest::mouseClick(article.viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<ArticlePart>(),
             (ArticlePart{ArticlePart::Kind::Paragraph, 1}));
    // Tinted on request, and the tint leaves the text and the cursor alone.
    const int cursor = article.textCursor().position();
    article.highlightPart(ArticlePart{ArticlePart::Kind::Paragraph, 1});
    QCOMPARE(article.textCursor().position(), cursor);
    QCOMPARE(second.blockFormat().background().color(),
             Theme::readingColors(Theme::Look::Light).linked);
    article.highlightPart(std::nullopt);
    QVERIFY(second.blockFormat().background().style() == Qt::NoBrush);
    QCOMPARE(activated.size(), 1);
}

void TestSourceView::tenThousandLines()
{
    // An issue file of ten thousand lines and more: a test issue many times over.
    const Parsed one = parse(u"t01_spring_farming"_s);
    QVERIFY(!one.lines.isEmpty());
    QStringList lines;
    while (lines.size() < 10000)
        lines += one.lines;
    const Issue issue = IssueParser::parseText(lines.join(u'\n'));
    const QList<SourceLineInfo> map = SourceMap::build(issue, lines);
    QCOMPARE(map.size(), lines.size());
    m_view->setSource(lines, map);
    QCOMPARE(m_view->lineCount(), lines.size());
    QCOMPARE(m_view->document()->blockCount(), lines.size());
    m_view->showLine(int(lines.size()) - 3);
    QCOMPARE(m_view->currentLine(), int(lines.size()) - 3);
    QApplication::processEvents();
    // Lines far down are set by role like the first.
    const int title = firstLineOf(map.mid(9000), SourceLineInfo::Role::Title);
    QVERIFY(title > 0);
    QCOMPARE(formatOf(9000 + title).foreground().color(),
             Theme::sourceRoleStyle(SourceLineInfo::Role::Title, Theme::Look::Light).foreground);
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
