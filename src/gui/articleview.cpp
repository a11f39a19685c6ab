#include "articleview.h"

#include "contentshtml.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QWheelEvent>

#include <cmath>

namespace Broadsheet {

namespace {
constexpr int kBaseFontPixels = 18;
constexpr int kZoomStep = 10;
// The text column stays this many font heights wide at most, as on a page.
constexpr int kColumnEms = 38;
constexpr int kMinSideMargin = 28;
} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard |
                            Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setAccessibleName(tr("Article"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const auto article = ContentsHtml::articleOf(url)) {
            emit articleLinkActivated(*article);
        } else if (url.toString() == QLatin1StringView(ArticleHtml::kNotesLink)) {
            m_notesOpen = !m_notesOpen;
            const int position = verticalScrollBar()->value();
            render();
            verticalScrollBar()->setValue(position);
        }
    });
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        if (m_rendering || !m_article)
            return;
        if (const auto part = partAt(textCursor().position()))
            emit partActivated(*part);
    });
}

ArticleHtml::Style ArticleView::style() const
{
    static const QString serif = ArticleHtml::serifFamilies();
    static const QString sans = ArticleHtml::sansFamilies();
    return ArticleHtml::Style{Theme::readingColors(m_look),
                              int(std::lround(kBaseFontPixels * m_zoom / 100.0)), serif, sans,
                              m_fullWidthPunctuation};
}

void ArticleView::showArticle(const StoredArticle &article, const ArticleDesk &desk)
{
    const bool same = m_article && m_article->record.id == article.record.id;
    m_article = article;
    m_desk = desk;
    m_message.reset();
    m_contents.reset();
    if (!same) {
        m_notesOpen = false;
        m_highlighted.reset();
    }
    render(same ? Change::Restyled : Change::Replaced);
    if (!same)
        verticalScrollBar()->setValue(0);
}

void ArticleView::showMessage(const QString &title, const QString &text)
{
    m_highlighted.reset();
    m_article.reset();
    m_desk = {};
    m_contents.reset();
    m_message = std::pair(title, text);
    render(Change::Replaced);
}

void ArticleView::showContents(const QString &heading, const QList<StoredArticle> &articles,
                               bool acrossIssues)
{
    m_highlighted.reset();
    m_acrossIssues = acrossIssues;
    m_article.reset();
    m_message.reset();
    m_desk = {};
    m_contents = std::pair(heading, articles);
    render(Change::Replaced);
    verticalScrollBar()->setValue(0);
}

std::optional<qint64> ArticleView::articleId() const
{
    return m_article ? std::optional<qint64>(m_article->record.id) : std::nullopt;
}

int ArticleView::characterCount() const
{
    if (!m_article)
        return 0;
    int count = 0;
    for (QChar c : m_article->article.plainText())
        count += c.isSpace() || c.isLowSurrogate() ? 0 : 1;
    return count;
}

void ArticleView::setLook(Theme::Look look)
{
    m_look = look;
    const auto colors = Theme::readingColors(look);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Base, colors.page);
    palette.setColor(QPalette::Text, colors.text);
    setPalette(palette);
    render();
}

void ArticleView::setZoomPercent(int percent)
{
    percent = std::clamp(percent, kMinZoom, kMaxZoom);
    if (percent == m_zoom)
        return;
    const double position =
        verticalScrollBar()->maximum() > 0
            ? double(verticalScrollBar()->value()) / verticalScrollBar()->maximum()
            : 0.0;
    m_zoom = percent;
    render();
    verticalScrollBar()->setValue(int(position * verticalScrollBar()->maximum()));
    emit zoomChanged(m_zoom);
}

void ArticleView::zoomBy(int steps)
{
    setZoomPercent(m_zoom + steps * kZoomStep);
}

void ArticleView::setFullWidthPunctuation(bool on)
{
    if (on == m_fullWidthPunctuation)
        return;
    m_fullWidthPunctuation = on;
    // The same text, only some marks wider: where the reader is stays.
    const int position = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(position);
}

void ArticleView::render(Change change)
{
    const ArticleHtml::Style current = style();
    m_rendering = true;
    if (m_article)
        setHtml(ArticleHtml::render(*m_article, current, m_notesOpen, m_desk));
    else if (m_message)
        setHtml(ArticleHtml::message(m_message->first, m_message->second, current));
    else if (m_contents)
        setHtml(
            ContentsHtml::render(m_contents->first, m_contents->second, current, m_acrossIssues));
    else
        clear();
    markHighlighted();
    m_rendering = false;
    fitColumn();
    if (change == Change::Replaced)
        emit documentReplaced();
    else
        emit documentRestyled();
}

std::optional<ArticlePart> ArticleView::partAt(int position) const
{
    if (!m_article)
        return std::nullopt;
    return ArticlePart::fromUserState(document()->findBlock(position).userState());
}

void ArticleView::highlightPart(std::optional<ArticlePart> part)
{
    if (!m_article)
        part.reset();
    if (part == m_highlighted)
        return;
    // The blocks' formats change in place: the text, the reader's cursor and
    // selection, and where the page is scrolled stay as they are.
    unmarkHighlighted();
    m_highlighted = part;
    markHighlighted();
    if (m_tinted.isEmpty())
        return;
    const QTextBlock block = document()->findBlockByNumber(m_tinted.first().first);
    const QRectF box = document()->documentLayout()->blockBoundingRect(block);
    QScrollBar *bar = verticalScrollBar();
    if (box.top() < bar->value() || box.bottom() > bar->value() + viewport()->height())
        bar->setValue(int(box.top()) - viewport()->height() / 4);
}

void ArticleView::markHighlighted()
{
    m_tinted.clear();
    if (!m_highlighted)
        return;
    const bool rendering = std::exchange(m_rendering, true);
    const QColor tint = Theme::readingColors(m_look).linked;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (ArticlePart::fromUserState(block.userState()) != m_highlighted)
            continue;
        m_tinted << std::pair(block.blockNumber(), block.blockFormat());
        QTextBlockFormat format = block.blockFormat();
        format.setBackground(tint);
        QTextCursor(block).setBlockFormat(format);
    }
    m_rendering = rendering;
}

void ArticleView::unmarkHighlighted()
{
    const bool rendering = std::exchange(m_rendering, true);
    for (const auto &[number, format] : std::as_const(m_tinted)) {
        const QTextBlock block = document()->findBlockByNumber(number);
        if (block.isValid())
            QTextCursor(block).setBlockFormat(format);
    }
    m_tinted.clear();
    m_rendering = rendering;
}

void ArticleView::fitColumn()
{
    const int fontPixels = int(std::lround(kBaseFontPixels * m_zoom / 100.0));
    const int column = kColumnEms * fontPixels;
    const int side = std::max(kMinSideMargin, (viewport()->width() - column) / 2);
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (int(format.leftMargin()) == side && int(format.topMargin()) == kMinSideMargin)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(kMinSideMargin);
    format.setBottomMargin(kMinSideMargin * 2);
    root->setFrameFormat(format);
}

QVariant ArticleView::loadResource(int, const QUrl &)
{
    return {}; // article text is data: nothing it names is ever fetched
}

void ArticleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(steps);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    // Page Down and Space read on, Page Up and Shift+Space back, as in a browser:
    // a screen at a time, and past either end of the article to the next or
    // previous one. The view scrolls itself rather than leaving it to the text
    // cursor, which stops a page short once it reaches the last line.
    QScrollBar *bar = verticalScrollBar();
    const auto modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const bool down = (event->key() == Qt::Key_PageDown && modifiers == Qt::NoModifier) ||
                      (event->key() == Qt::Key_Space && modifiers == Qt::NoModifier);
    const bool up = (event->key() == Qt::Key_PageUp && modifiers == Qt::NoModifier) ||
                    (event->key() == Qt::Key_Space && modifiers == Qt::ShiftModifier);
    if (down) {
        if (bar->value() >= bar->maximum())
            emit nextArticleRequested();
        else
            bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep()));
        return;
    }
    if (up) {
        if (bar->value() <= bar->minimum())
            emit previousArticleRequested();
        else
            bar->setValue(std::max(bar->minimum(), bar->value() - bar->pageStep()));
        return;
    }
    QTextBrowser::keyPressEvent(event);
    // The start and the end of the article are the top and bottom of the page,
    // margins included, so that the next Page Up or Down leaves the article.
    if (modifiers == Qt::ControlModifier && event->key() == Qt::Key_Home)
        bar->setValue(bar->minimum());
    else if (modifiers == Qt::ControlModifier && event->key() == Qt::Key_End)
        bar->setValue(bar->maximum());
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitColumn();
}

} // namespace Broadsheet
