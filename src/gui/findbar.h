#pragma once

#include <QTextCursor>
#include <QWidget>

#include <memory>

class QTextEdit;
class QTimer;

namespace Ui {
class FindBar;
}

namespace Broadsheet {

// Find in the displayed article, as in browsers: every match highlighted, the
// current one in another colour, "3 / 12", Enter/F3 and Shift+Enter/Shift+F3 to
// step (wrapping, with a notice), Esc to close. Full- and half-width forms and
// Latin case fold together unless "Match case" is on.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void setTextEdit(QTextEdit *edit);
    void setColors(const QColor &match, const QColor &current);
    void updateIcons(); // after a change of theme: drawn for the new background

    void open(const QString &text = {});
    // Opens on a term that library search (which ignores case) found in `text`:
    // with "Match case" on, on the term as `text` spells it.
    void openOnSearchTerm(const QString &term, QStringView text);
    void close();
    QString text() const;
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; } // 0-based, -1 for none
    QString statusText() const;
    QString noticeText() const; // "Reached the end; …" for a while after wrapping
    bool isMatchCase() const;
    void setMatchCase(bool matchCase);

public slots:
    void findNext();
    void findPrevious();
    void documentReplaced(); // searches the new text from its first match
    void documentRestyled(); // the same text drawn again: the current match stays

signals:
    void matchCaseChanged(bool matchCase);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void search(int keep);
    void step(int direction);
    void showCurrent();
    void highlight();
    void clearNotice();

    std::unique_ptr<Ui::FindBar> m_ui;
    QTextEdit *m_edit = nullptr;
    QList<QTextCursor> m_matches;
    int m_current = -1;
    QColor m_matchColor; // setColors() gives the theme's; the light theme's until then
    QColor m_currentColor;
    QTimer *m_noticeTimer;
};

} // namespace Broadsheet
