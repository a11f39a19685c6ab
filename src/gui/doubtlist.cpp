#include "doubtlist.h"

#include "articlehtml.h"

#include <QHeaderView>

namespace Broadsheet {

DoubtList::DoubtList(QWidget *parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Doubtful spots"));
    setHeaderLabels({tr("Line"), tr("Doubt"), tr("Article"), tr("What the parser guessed")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit doubtActivated(indexOfTopLevelItem(item)); });
    // A click is enough: the list is a row of places to go.
    connect(this, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { emit doubtActivated(indexOfTopLevelItem(item)); });
}

QString DoubtList::kindLabel(Doubt::Kind kind)
{
    switch (kind) {
    case Doubt::Kind::CutParagraph:
        return tr("Cut paragraph");
    case Doubt::Kind::LeadBeforeHeadline:
        return tr("Lead before headline");
    case Doubt::Kind::CaptionByContent:
        return tr("Caption placed by its words");
    case Doubt::Kind::RoleAgainstShape:
        return tr("Role against shape");
    case Doubt::Kind::Encoding:
        return tr("Encoding");
    }
    return {};
}

void DoubtList::setDoubts(const QList<Doubt> &doubts, const QHash<int, QString> &titles)
{
    m_doubts = doubts;
    clear();
    QList<QTreeWidgetItem *> items;
    for (const Doubt &doubt : doubts) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, doubt.line > 0 ? QString::number(doubt.line) : tr("file"));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(1, kindLabel(doubt.kind));
        if (doubt.articleId != 0) {
            const QString title = titles.value(doubt.articleId);
            item->setText(2, title.isEmpty() ? QString::number(doubt.articleId)
                                             : tr("%1 %2").arg(doubt.articleId).arg(title));
            item->setToolTip(2, ArticleHtml::toolTip(title));
        }
        item->setText(3, doubt.message);
        item->setToolTip(3, ArticleHtml::toolTip(doubt.message));
        items << item;
    }
    addTopLevelItems(items);
}

int DoubtList::currentDoubt() const
{
    return currentItem() ? indexOfTopLevelItem(currentItem()) : -1;
}

void DoubtList::setCurrentDoubt(int index)
{
    if (QTreeWidgetItem *item = topLevelItem(index)) {
        setCurrentItem(item);
        scrollToItem(item);
    }
}

} // namespace Broadsheet
