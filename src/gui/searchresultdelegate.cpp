#include "searchresultdelegate.h"

#include "searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace Broadsheet {

namespace {
constexpr int kPadding = 6;
constexpr int kIconSize = 16;
constexpr int kSnippetLines = 2;

// The height of a line of rich text: Chinese falls back to a CJK face whose
// lines are taller than the Latin font's metrics say.
int lineHeight(const QFont &font)
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

QFont titleFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

int titleHeight(const QFont &font)
{
    return std::max(QFontMetrics(font).height(), lineHeight(titleFont(font)));
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

QString SearchResultDelegate::titleHtml(const QString &title, const QVariantList &highlights,
                                        const QColor &highlight, const QFont &font, int width)
{
    const QString elided = QFontMetrics(font).elidedText(title, Qt::ElideRight, width);
    // What of the title shows: the ellipsis follows it.
    qsizetype shown = 0;
    while (shown < elided.size() && shown < title.size() && elided[shown] == title[shown])
        ++shown;
    if (shown < title.size() && shown > 0 && title[shown - 1].isHighSurrogate())
        --shown;
    QVariantList visible;
    for (const QVariant &value : highlights) {
        const QPoint hit = value.toPoint();
        if (hit.x() >= 0 && hit.x() < shown && hit.y() > 0)
            visible << QPoint(hit.x(), int(std::min<qsizetype>(hit.y(), shown - hit.x())));
    }
    return snippetHtml(title.left(shown), visible, highlight) + elided.mid(shown).toHtmlEscaped();
}

QString SearchResultDelegate::noteOf(const QModelIndex &index)
{
    QStringList notes{index.data(SearchResultsModel::DoubtNoteRole).toString(),
                      index.data(SearchResultsModel::MatchNoteRole).toString()};
    notes.removeAll(QString());
    return notes.join(QStringLiteral(" · "));
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
    const int titleLine = titleHeight(option.font);
    icon.paint(painter,
               QRect(area.left(), area.top() + (titleLine - kIconSize) / 2, kIconSize, kIconSize));

    // The title, its hits marked as in the snippet.
    const QFont bold = titleFont(option.font);
    const QRect titleRect(area.left() + kIconSize + kPadding, area.top(),
                          area.width() - kIconSize - kPadding, titleLine);
    QTextDocument title;
    title.setDefaultFont(bold);
    title.setDocumentMargin(0);
    title.setDefaultTextOption(QTextOption(Qt::AlignLeft));
    title.setHtml(titleHtml(index.data().toString(),
                            index.data(SearchResultsModel::TitleHighlightsRole).toList(),
                            m_highlight, bold, titleRect.width()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    painter->save();
    painter->setClipRect(titleRect);
    painter->translate(titleRect.left(),
                       titleRect.top() + (titleRect.height() - title.size().height()) / 2);
    title.documentLayout()->draw(painter, context);
    painter->restore();

    // Where it stands, and (at the right) whether the words are in the headline or the text.
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    painter->setFont(small);
    painter->setPen(muted);
    const QFontMetrics smallMetrics(small);
    QRect placeRect(area.left(), titleRect.bottom() + 2, area.width(), smallMetrics.height());
    const QString note = noteOf(index);
    const QString place = index.data(SearchResultsModel::PlaceRole).toString();
    if (!note.isEmpty()) {
        // Where it was printed comes first: the note has what the place leaves,
        // between a third and a half of the line.
        const int left = placeRect.width() - smallMetrics.horizontalAdvance(place) - kPadding * 2;
        const int noteWidth =
            std::clamp(left, placeRect.width() / 3, std::max(placeRect.width() / 2, 1));
        const QString shown = smallMetrics.elidedText(note, Qt::ElideRight, noteWidth);
        painter->drawText(placeRect, Qt::AlignRight | Qt::AlignVCenter, shown);
        placeRect.setRight(placeRect.right() - smallMetrics.horizontalAdvance(shown) -
                           kPadding * 2);
    }
    painter->drawText(placeRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(place, Qt::ElideRight, placeRect.width()));

    QTextDocument snippet;
    snippet.setDefaultFont(option.font);
    snippet.setDocumentMargin(0);
    snippet.setHtml(snippetHtml(index.data(SearchResultsModel::SnippetRole).toString(),
                                index.data(SearchResultsModel::HighlightsRole).toList(),
                                m_highlight));
    snippet.setTextWidth(area.width());
    const QRect snippetRect(area.left(), placeRect.bottom() + 4, area.width(),
                            lineHeight(option.font) * kSnippetLines);
    painter->translate(snippetRect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), snippetRect.size()));
    snippet.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);
    const int height = kPadding * 2 + titleHeight(option.font) + 2 + QFontMetrics(small).height() +
                       4 + lineHeight(option.font) * kSnippetLines;
    return {200, height};
}

} // namespace Broadsheet
