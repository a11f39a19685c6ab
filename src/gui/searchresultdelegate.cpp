#include "searchresultdelegate.h"

#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QTextDocument>

#include <cmath>

namespace Broadsheet {

namespace {
constexpr int kPadding = 6;
constexpr int kIconSize = 16;
constexpr int kSnippetLines = 2;

// The height of a line of snippet text: Chinese falls back to a CJK face whose
// lines are taller than the Latin font's metrics say.
int snippetLineHeight(const QFont &font)
{
    static QHash<QString, int> heights;
    const QString key = font.key();
    auto it = heights.constFind(key);
    if (it != heights.constEnd())
        return *it;
    QTextDocument sample;
    sample.setDefaultFont(font);
    sample.setDocumentMargin(0);
    sample.setPlainText(QStringLiteral("中文Ag"));
    const int height = int(std::ceil(sample.documentLayout()->documentSize().height()));
    heights.insert(key, height);
    return height;
}
} // namespace

QString SearchResultDelegate::snippetHtml(const QString &snippet, const QVariantList &highlights,
                                          const QColor &highlight)
{
    QString html;
    int at = 0;
    for (const QVariant &value : highlights) {
        const QPoint hit = value.toPoint();
        if (hit.x() < at || hit.x() >= snippet.size())
            continue;
        html += snippet.mid(at, hit.x() - at).toHtmlEscaped();
        html += QStringLiteral("<span style=\"background-color:%1; color:#1a1a1a;\">%2</span>")
                    .arg(highlight.name(), snippet.mid(hit.x(), hit.y()).toHtmlEscaped());
        at = hit.x() + hit.y();
    }
    return html + snippet.mid(at).toHtmlEscaped();
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection as the style draws them, text drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.65f);

    QRect area = option.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    painter->save();
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QFontMetrics metrics(option.font);
    icon.paint(painter, QRect(area.left(), area.top() + (metrics.height() - kIconSize) / 2,
                              kIconSize, kIconSize));

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect titleRect(area.left() + kIconSize + kPadding, area.top(),
                          area.width() - kIconSize - kPadding, metrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(index.data().toString(), Qt::ElideRight, titleRect.width()));

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    painter->setFont(small);
    painter->setPen(muted);
    const QFontMetrics smallMetrics(small);
    const QRect placeRect(area.left(), titleRect.bottom() + 2, area.width(), smallMetrics.height());
    painter->drawText(placeRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(SearchResultsModel::PlaceRole).toString(),
                                              Qt::ElideRight, placeRect.width()));

    QTextDocument snippet;
    snippet.setDefaultFont(option.font);
    snippet.setDocumentMargin(0);
    snippet.setHtml(snippetHtml(index.data(SearchResultsModel::SnippetRole).toString(),
                                index.data(SearchResultsModel::HighlightsRole).toList(),
                                m_highlight));
    snippet.setTextWidth(area.width());
    const QRect snippetRect(area.left(), placeRect.bottom() + 4, area.width(),
                            snippetLineHeight(option.font) * kSnippetLines);
    painter->translate(snippetRect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), snippetRect.size()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const int height = kPadding * 2 + metrics.height() + 2 + QFontMetrics(small).height() + 4 +
                       snippetLineHeight(option.font) * kSnippetLines;
    return {200, height};
}

} // namespace Broadsheet
