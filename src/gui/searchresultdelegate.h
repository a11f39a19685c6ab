#pragma once

#include <QStyledItemDelegate>

namespace Broadsheet {

// A search result: the article's title, where it stands, whether the words are in
// the headline or the text (and, where the parser is not sure of the article,
// its confidence), and a snippet; the hits are marked in the title and in the
// snippet alike.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setHighlightColor(const QColor &color) { m_highlight = color; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The note at the right of the place line, in the muted colour: the
    // confidence of a doubtful article, then where the words were found.
    static QString noteOf(const QModelIndex &index);
    // The snippet as rich text: escaped, with each hit in a highlighted span.
    static QString snippetHtml(const QString &snippet, const QVariantList &highlights,
                               const QColor &highlight);
    // The title as rich text, cut to `width` in `font` with an ellipsis: escaped,
    // with each hit that shows in a highlighted span.
    static QString titleHtml(const QString &title, const QVariantList &highlights,
                             const QColor &highlight, const QFont &font, int width);

private:
    QColor m_highlight{255, 236, 139};
};

} // namespace Broadsheet
