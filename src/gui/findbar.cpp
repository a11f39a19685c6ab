#include "findbar.h"
#include "ui_findbar.h"

#include "icons.h"
#include "textfold.h"
#include "theme.h"

#include <QKeyEvent>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

namespace Broadsheet {

namespace {
constexpr int kNoticeMs = 2500;
}

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FindBar>())
    , m_matchColor(Theme::readingColors(Theme::Look::Light).match)
    , m_currentColor(Theme::readingColors(Theme::Look::Light).current)
    , m_noticeTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    updateIcons();
    m_ui->closeButton->setAccessibleName(tr("Close"));
    m_ui->previousButton->setAccessibleName(tr("Previous match"));
    m_ui->nextButton->setAccessibleName(tr("Next match"));
    m_ui->field->installEventFilter(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(kNoticeMs);
    connect(m_noticeTimer, &QTimer::timeout, m_ui->notice, &QLabel::clear);
    connect(m_ui->field, &QLineEdit::textChanged, this, [this] { search(-1); });
    connect(m_ui->nextButton, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_ui->previousButton, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_ui->matchCase, &QCheckBox::toggled, this, [this](bool on) {
        search(-1);
        emit matchCaseChanged(on);
    });
    setFocusProxy(m_ui->field);
    hide();
}

FindBar::~FindBar() = default;

void FindBar::setTextEdit(QTextEdit *edit)
{
    m_edit = edit;
}

void FindBar::setColors(const QColor &match, const QColor &current)
{
    m_matchColor = match;
    m_currentColor = current;
    highlight();
}

void FindBar::open(const QString &text)
{
    show();
    if (!text.isNull() && text != m_ui->field->text())
        m_ui->field->setText(text); // searches
    else
        search(m_current);
    m_ui->field->setFocus();
    m_ui->field->selectAll();
}

void FindBar::openOnSearchTerm(const QString &term, QStringView text)
{
    if (isMatchCase()) {
        const qsizetype at = TextFold::fold(text).indexOf(TextFold::fold(term));
        if (at >= 0) {
            open(text.sliced(at, term.size()).toString());
            return;
        }
    }
    open(term);
}

void FindBar::close()
{
    hide();
    m_matches.clear();
    m_current = -1;
    clearNotice();
    if (m_edit) {
        m_edit->setExtraSelections({});
        m_edit->setFocus();
    }
    emit closed();
}

QString FindBar::text() const
{
    return m_ui->field->text();
}

bool FindBar::isMatchCase() const
{
    return m_ui->matchCase->isChecked();
}

void FindBar::setMatchCase(bool matchCase)
{
    m_ui->matchCase->setChecked(matchCase);
}

QString FindBar::statusText() const
{
    return m_ui->status->text();
}

QString FindBar::noticeText() const
{
    return m_ui->notice->text();
}

void FindBar::clearNotice()
{
    m_noticeTimer->stop();
    m_ui->notice->clear();
}

void FindBar::findNext()
{
    if (isHidden()) {
        open();
        return;
    }
    step(+1);
}

void FindBar::findPrevious()
{
    if (isHidden()) {
        open();
        return;
    }
    step(-1);
}

void FindBar::documentReplaced()
{
    if (isVisible())
        search(-1);
}

void FindBar::documentRestyled()
{
    if (isVisible())
        search(m_current);
}

void FindBar::updateIcons()
{
    m_ui->closeButton->setIcon(Icons::get(QStringLiteral("close")));
    m_ui->previousButton->setIcon(Icons::get(QStringLiteral("previous")));
    m_ui->nextButton->setIcon(Icons::get(QStringLiteral("next")));
}

void FindBar::search(int keep)
{
    m_matches.clear();
    m_current = -1;
    const TextFold::Case letterCase = isMatchCase() ? TextFold::Case::Keep : TextFold::Case::Fold;
    const QString needle = TextFold::fold(m_ui->field->text(), letterCase);
    if (m_edit && !needle.isEmpty()) {
        // Block by block: the positions are the document's own.
        QTextDocument *document = m_edit->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            const QString folded = TextFold::fold(block.text(), letterCase);
            for (qsizetype at = folded.indexOf(needle); at >= 0;
                 at = folded.indexOf(needle, at + needle.size())) {
                QTextCursor cursor(document);
                cursor.setPosition(block.position() + int(at));
                cursor.setPosition(block.position() + int(at + needle.size()),
                                   QTextCursor::KeepAnchor);
                m_matches << cursor;
            }
        }
    }
    if (!m_matches.isEmpty())
        m_current = keep >= 0 && keep < m_matches.size() ? keep : 0;
    // A notice of wrapping around belongs to the matches it stepped through: none
    // is left with no matches, nor with the matches of new text or a new document.
    if (m_matches.isEmpty() || keep < 0)
        clearNotice();
    // Re-styling re-polishes the field: only when "no matches" comes or goes.
    const bool noMatches = !needle.isEmpty() && m_matches.isEmpty();
    if (m_ui->field->property("noMatches").toBool() != noMatches) {
        m_ui->field->setProperty("noMatches", noMatches);
        m_ui->field->setStyleSheet(
            noMatches ? QStringLiteral("QLineEdit { background-color: #fde2e1; color: #7a1f1a; }")
                      : QString());
    }
    showCurrent();
}

void FindBar::step(int direction)
{
    if (m_matches.isEmpty())
        return;
    int next = m_current + direction;
    if (next >= m_matches.size()) {
        next = 0;
        m_ui->notice->setText(tr("Reached the end; continued from the top"));
        m_noticeTimer->start();
    } else if (next < 0) {
        next = int(m_matches.size()) - 1;
        m_ui->notice->setText(tr("Reached the top; continued from the end"));
        m_noticeTimer->start();
    }
    m_current = next;
    showCurrent();
}

void FindBar::showCurrent()
{
    if (m_ui->field->text().isEmpty())
        m_ui->status->clear();
    else if (m_matches.isEmpty())
        m_ui->status->setText(tr("No matches"));
    else
        m_ui->status->setText(
            tr("%1 / %2").arg(QString::number(m_current + 1), QString::number(m_matches.size())));
    highlight();
    if (m_edit && m_current >= 0) {
        QTextCursor cursor = m_matches[m_current];
        cursor.setPosition(cursor.selectionStart());
        m_edit->setTextCursor(cursor);
        m_edit->ensureCursorVisible();
    }
}

void FindBar::highlight()
{
    if (!m_edit)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_matches.size());
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = m_matches[i];
        selection.format.setBackground(i == m_current ? m_currentColor : m_matchColor);
        selection.format.setForeground(QColor(0x1a, 0x1a, 0x1a));
        selections << selection;
    }
    m_edit->setExtraSelections(selections);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            step(key->modifiers() & Qt::ShiftModifier ? -1 : +1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Broadsheet
