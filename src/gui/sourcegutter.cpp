#include "sourcegutter.h"

#include "sourceview.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QToolTip>

namespace Broadsheet {

SourceGutter::SourceGutter(SourceView *view)
    : QWidget(view)
    , m_view(view)
{
    setMouseTracking(true);
}

QSize SourceGutter::sizeHint() const
{
    return {m_view->gutterWidth(), 0};
}

void SourceGutter::paintEvent(QPaintEvent *event)
{
    m_view->paintGutter(event, this);
}

bool SourceGutter::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        // The gutter's rows are the viewport's: the same y finds the line.
        const QPoint inViewport(0, help->pos().y());
        const QTextBlock block = m_view->cursorForPosition(inViewport).block();
        const QString tip =
            block.isValid() ? m_view->lineToolTip(block.blockNumber() + 1) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Broadsheet
