#pragma once

#include <QStyledItemDelegate>

namespace Broadsheet {

// A search result: the article's title, where it stands, and a snippet with the
// hits marked.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setHighlightColor(const QColor &color) { m_highlight = color; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The snippet as rich text: escaped, with each hit in a highlighted span.
    static QString snippetHtml(const QString &snippet, const QVariantList &highlights,
                               const QColor &highlight);

private:
    QColor m_highlight{255, 236, 139};
};

} // namespace Broadsheet
