#include "sourceview.h"

#include "articlehtml.h"
#include "sourcegutter.h"
#include "sourcehighlighter.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {
constexpr int kStripe = 4;                 // the article's stripe at the gutter's left edge
constexpr int kPadding = 6;                // around the gutter's numbers
constexpr QChar kJoinMark = QChar(0x21aa); // ↪
} // namespace

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new SourceGutter(this))
    , m_highlighter(new SourceHighlighter(document()))
{
    setReadOnly(true);
    // A line of a Chinese issue file is often a whole paragraph: wrapped, it
    // reads in a pane half the window wide.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Source"));
    setFont(QFont(ArticleHtml::sansFamilies().section(u',', 0, 0).remove(u'\'')));
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &SourceView::noteSelection);
    connect(this, &QPlainTextEdit::selectionChanged, this, &SourceView::noteSelection);
    updateGutterWidth();
}

SourceView::~SourceView() = default;

void SourceView::setSource(const QStringList &lines, const QList<SourceLineInfo> &map,
                           const QHash<int, QString> &titles)
{
    // The map covers every line; a shorter one (a stale parse) leaves the rest blank.
    m_map = map;
    m_map.resize(lines.size());
    m_titles = titles;
    m_firstLines.clear();
    for (qsizetype i = 0; i < m_map.size(); ++i) {
        const SourceLineInfo &info = m_map[i];
        if (info.articleId != 0 && (info.opensArticle || !m_firstLines.contains(info.articleId)))
            m_firstLines.insert(info.articleId, int(i) + 1);
    }
    m_highlighted.clear();
    m_lastSelected.clear();
    // One plain text: a block per line, laid out by Qt only as it is shown.
    m_highlighter->setMap(nullptr, m_look);
    setPlainText(lines.join(u'\n'));
    m_highlighter->setMap(&m_map, m_look);
    updateGutterWidth();
    updateLinkedSelection();
}

void SourceView::clearSource()
{
    setSource({}, {});
}

SourceLineInfo SourceView::lineInfo(int line) const
{
    return line >= 1 && line <= m_map.size() ? m_map[line - 1] : SourceLineInfo{};
}

int SourceView::firstLineOf(int articleId) const
{
    return m_firstLines.value(articleId, 0);
}

QList<int> SourceView::selectedLines() const
{
    const QTextCursor cursor = textCursor();
    if (m_map.isEmpty())
        return {};
    if (!cursor.hasSelection())
        return {cursor.blockNumber() + 1};
    const QTextBlock first = document()->findBlock(cursor.selectionStart());
    QTextBlock last = document()->findBlock(cursor.selectionEnd());
    // A selection that ends at the start of a line does not take that line.
    if (last.position() == cursor.selectionEnd() && last != first)
        last = last.previous();
    QList<int> lines;
    for (int n = first.blockNumber(); n <= last.blockNumber(); ++n)
        lines << n + 1;
    return lines;
}

int SourceView::currentLine() const
{
    return m_map.isEmpty() ? 0 : textCursor().blockNumber() + 1;
}

void SourceView::showLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    setTextCursor(QTextCursor(block));
    centerCursor();
}

QRect SourceView::lineRect(int line) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    return block.isValid() ? blockBoundingGeometry(block).translated(contentOffset()).toRect()
                           : QRect();
}

void SourceView::highlightLines(const QList<int> &lines)
{
    if (std::ranges::equal(lines, m_highlighted)) // see noteSelection
        return;
    m_highlighted = lines;
    updateLinkedSelection();
}

void SourceView::updateLinkedSelection()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QColor tint = Theme::readingColors(m_look).linked;
    for (int line : std::as_const(m_highlighted)) {
        const QTextBlock block = document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.format.setBackground(tint);
        selection.format.setProperty(QTextFormat::FullWidthSelection, true);
        selections << selection;
    }
    setExtraSelections(selections);
}

void SourceView::setLook(Theme::Look look)
{
    m_look = look;
    const Theme::ReadingColors colors = Theme::readingColors(look);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Base, colors.page);
    palette.setColor(QPalette::Text, colors.text);
    setPalette(palette);
    m_highlighter->setMap(m_map.isEmpty() ? nullptr : &m_map, look);
    updateLinkedSelection();
    viewport()->update();
    m_gutter->update();
}

void SourceView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

QString SourceView::roleLabel(SourceLineInfo::Role role)
{
    using Role = SourceLineInfo::Role;
    switch (role) {
    case Role::Blank:
        return tr("Blank");
    case Role::Masthead:
        return tr("Masthead");
    case Role::PageMarker:
        return tr("Page marker");
    case Role::Banner:
        return tr("Banner");
    case Role::Group:
        return tr("Group heading");
    case Role::Kicker:
        return tr("Kicker");
    case Role::Title:
        return tr("Title");
    case Role::Subtitle:
        return tr("Subtitle");
    case Role::Byline:
        return tr("Byline");
    case Role::Body:
        return tr("Body");
    case Role::Caption:
        return tr("Caption");
    case Role::Credit:
        return tr("Credit");
    case Role::Unplaced:
        return tr("Unplaced");
    case Role::Dropped:
        return tr("Dropped repeat");
    }
    return {};
}

QString SourceView::lineToolTip(int line) const
{
    if (line < 1 || line > m_map.size())
        return {};
    const SourceLineInfo &info = m_map[line - 1];
    QStringList tip;
    tip << tr("Line %1: %2").arg(line).arg(roleLabel(info.role));
    if (info.articleId != 0) {
        const QString title = m_titles.value(info.articleId);
        tip << (title.isEmpty() ? tr("Article %1").arg(info.articleId)
                                : tr("Article %1: %2").arg(info.articleId).arg(title));
    }
    if (info.role == SourceLineInfo::Role::Body && info.part >= 0)
        tip << tr("Paragraph %1").arg(info.part + 1);
    if (info.role == SourceLineInfo::Role::Caption && info.part >= 0)
        tip << tr("Caption %1").arg(info.part + 1);
    if (info.joinedFrom > 0)
        tip << tr("Continues the paragraph from line %1").arg(info.joinedFrom);
    // Plain text, shown as written: a title may hold "<" or "&".
    return ArticleHtml::toolTip(tip.join(u'\n')).replace(u"\n"_s, u"<br>"_s);
}

int SourceView::gutterWidth() const
{
    const QFontMetrics metrics(font());
    const int lineDigits = int(QString::number(std::max(1, int(m_map.size()))).size());
    int articleDigits = 1;
    for (auto it = m_firstLines.cbegin(); it != m_firstLines.cend(); ++it)
        articleDigits = std::max(articleDigits, int(QString::number(it.key()).size()));
    const int digit = metrics.horizontalAdvance(u'9');
    return kStripe + kPadding + digit * (articleDigits + 1) + kPadding + digit * lineDigits +
           kPadding + metrics.horizontalAdvance(kJoinMark) + kPadding;
}

void SourceView::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceView::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    // Lines wrap anew at another width: the reader's line stays in sight (the
    // view may have been sent to it before it had its size).
    if (!m_map.isEmpty() && !viewport()->rect().contains(cursorRect()))
        centerCursor();
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), gutterWidth(), area.height()));
}

void SourceView::paintGutter(QPaintEvent *event, QWidget *gutter)
{
    QPainter painter(gutter);
    const Theme::ReadingColors colors = Theme::readingColors(m_look);
    painter.fillRect(event->rect(), colors.caption);
    const QFontMetrics metrics(font());
    const int digit = metrics.horizontalAdvance(u'9');
    int articleDigits = 1;
    for (auto it = m_firstLines.cbegin(); it != m_firstLines.cend(); ++it)
        articleDigits = std::max(articleDigits, int(QString::number(it.key()).size()));
    const int articleRight = kStripe + kPadding + digit * (articleDigits + 1);
    const int lineRight =
        gutter->width() - kPadding - metrics.horizontalAdvance(kJoinMark) - kPadding;
    // Two shades, article after article: where one ends and the next begins.
    const QColor stripes[2] = {colors.accent, colors.muted};

    QTextBlock block = firstVisibleBlock();
    int top = int(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + int(blockBoundingRect(block).height());
    QFont bold = font();
    bold.setBold(true);
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const SourceLineInfo info = lineInfo(line);
            // The marks stand on the line's first row when it wraps.
            const int height = std::min(bottom - top, metrics.height());
            if (info.articleId != 0)
                painter.fillRect(0, top, kStripe, bottom - top, stripes[info.articleId % 2]);
            if (info.opensArticle) {
                painter.setPen(colors.accent);
                painter.setFont(bold);
                painter.drawText(0, top, articleRight, height, Qt::AlignRight | Qt::AlignVCenter,
                                 u"#"_s + QString::number(info.articleId));
                painter.drawLine(0, top, gutter->width(), top);
            }
            painter.setFont(font());
            const bool linked = m_highlighted.contains(line);
            painter.setPen(linked || line == currentLine() ? colors.text : colors.muted);
            painter.drawText(0, top, lineRight, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(line));
            if (info.joinedFrom > 0) {
                painter.setPen(colors.accent);
                painter.drawText(lineRight + kPadding, top, gutter->width() - lineRight - kPadding,
                                 height, Qt::AlignLeft | Qt::AlignVCenter, QString(kJoinMark));
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + int(blockBoundingRect(block).height());
    }
}

void SourceView::paintEvent(QPaintEvent *event)
{
    // Bands under the lines whose role sets them apart (page markers, banners,
    // captions), the whole width; then the text; then the articles' rules.
    QList<std::pair<int, int>> rules; // y, article
    {
        QPainter painter(viewport());
        QTextBlock block = firstVisibleBlock();
        QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        while (block.isValid() && box.top() <= event->rect().bottom()) {
            const SourceLineInfo info = lineInfo(block.blockNumber() + 1);
            const QColor band = Theme::sourceRoleStyle(info.role, m_look).background;
            if (band.isValid())
                painter.fillRect(QRectF(0, box.top(), viewport()->width(), box.height()), band);
            if (info.opensArticle)
                rules << std::pair(int(box.top()), info.articleId);
            block = block.next();
            box = blockBoundingGeometry(block).translated(contentOffset());
        }
    }
    QPlainTextEdit::paintEvent(event);
    QPainter painter(viewport());
    QPen pen(Theme::readingColors(m_look).accent);
    pen.setWidth(1);
    painter.setPen(pen);
    for (const auto &[y, article] : std::as_const(rules))
        painter.drawLine(0, y, viewport()->width(), y);
}

void SourceView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    if (!m_contextActions.isEmpty()) {
        QAction *first = menu->actions().value(0);
        menu->insertActions(first, m_contextActions);
        menu->insertSeparator(first);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

int SourceView::lineAt(const QPoint &viewportPoint) const
{
    const QTextBlock block = cursorForPosition(viewportPoint).block();
    return block.isValid() ? block.blockNumber() + 1 : 0;
}

bool SourceView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = lineToolTip(lineAt(help->pos()));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void SourceView::noteSelection()
{
    const QList<int> lines = selectedLines();
    // std::ranges::equal, not QList's ==: Qt 6.4 hands memcmp a null pointer
    // when one of two empty lists was never allocated (UBSan stops on it).
    if (std::ranges::equal(lines, m_lastSelected))
        return;
    m_lastSelected = lines;
    m_gutter->update();
    emit selectedLinesChanged();
}

} // namespace Broadsheet
