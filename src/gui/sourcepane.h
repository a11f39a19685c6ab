#pragma once

#include "issue.h"
#include "sourcemap.h"
#include "theme.h"

#include <QWidget>

class QLabel;
class QStackedLayout;

namespace Broadsheet {

class DoubtList;
class SourceView;

// The source view with what goes around it: a legend of the roles' colours, the
// issue's doubtful spots under it, and a message in its place when the file
// cannot be shown (gone, or changed since it was read).
class SourcePane : public QWidget
{
    Q_OBJECT

public:
    explicit SourcePane(QWidget *parent = nullptr);

    // The issue's lines, what each became, and the issue for its articles'
    // titles; `doubts` in line order.
    void setSource(const QStringList &lines, const QList<SourceLineInfo> &map, const Issue &issue,
                   const QList<Doubt> &doubts);
    void showMessage(const QString &title, const QString &text);
    bool isShowingSource() const;
    QString message() const; // the message shown, empty with the source
    void setLook(Theme::Look look);

    SourceView *view() const { return m_view; }
    DoubtList *doubtList() const { return m_doubts; }
    // The doubt after (direction > 0) or before the cursor's line, going round
    // at the ends: its index, -1 when there are none.
    int adjacentDoubt(int direction) const;
    // Goes to the doubt's line and marks its row.
    void showDoubt(int index);

signals:
    // The reader asked for a doubtful spot (the list): the window selects its article.
    void doubtChosen(int index);

private:
    void updateLegend();

    QStackedLayout *m_stack;
    QLabel *m_message;
    QLabel *m_legend;
    SourceView *m_view;
    DoubtList *m_doubts;
    Theme::Look m_look = Theme::Look::Light;
};

} // namespace Broadsheet
