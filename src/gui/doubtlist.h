#pragma once

#include "issue.h"

#include <QTreeWidget>

namespace Broadsheet {

// The doubtful spots of an issue (Issue::doubts): where the parser guessed, in
// line order, one row each. Activating a row asks the source view to go there.
class DoubtList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit DoubtList(QWidget *parent = nullptr);

    // `titles`: the articles' titles by number.
    void setDoubts(const QList<Doubt> &doubts, const QHash<int, QString> &titles);
    const QList<Doubt> &doubts() const { return m_doubts; }
    int currentDoubt() const; // its index, -1 with none
    void setCurrentDoubt(int index);
    static QString kindLabel(Doubt::Kind kind);

signals:
    void doubtActivated(int index);

private:
    QList<Doubt> m_doubts;
};

} // namespace Broadsheet
