#include "sourcepane.h"

#include "doubtlist.h"
#include "sourceview.h"

#include <QLabel>
#include <QSplitter>
#include <QStackedLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Broadsheet {

SourcePane::SourcePane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_message(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_view(new SourceView(this))
    , m_doubts(new DoubtList(this))
{
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setTextFormat(Qt::RichText);
    m_stack->addWidget(m_message);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(8, 4, 8, 4);
    m_legend->setAccessibleName(tr("Colours of the roles"));
    layout->addWidget(m_legend);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_view);
    splitter->addWidget(m_doubts);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);
    m_stack->addWidget(page);
    m_doubts->hide();

    connect(m_doubts, &DoubtList::doubtActivated, this, [this](int index) {
        showDoubt(index);
        emit doubtChosen(index);
    });
    updateLegend();
}

void SourcePane::setSource(const QStringList &lines, const QList<SourceLineInfo> &map,
                           const Issue &issue, const QList<Doubt> &doubts)
{
    QHash<int, QString> titles;
    for (const Section &section : issue.sections) {
        for (const Article &article : section.articles)
            titles.insert(article.id, article.displayTitle());
    }
    m_view->setSource(lines, map, titles);
    m_doubts->setDoubts(doubts, titles);
    m_doubts->setVisible(!doubts.isEmpty());
    m_stack->setCurrentIndex(1);
}

void SourcePane::showMessage(const QString &title, const QString &text)
{
    m_view->clearSource();
    m_doubts->setDoubts({}, {});
    m_message->setText(
        u"<p><b>%1</b></p><p>%2</p>"_s.arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    m_stack->setCurrentIndex(0);
}

bool SourcePane::isShowingSource() const
{
    return m_stack->currentIndex() == 1;
}

QString SourcePane::message() const
{
    return isShowingSource() ? QString() : m_message->text();
}

void SourcePane::setLook(Theme::Look look)
{
    if (look == m_look && m_view->look() == look)
        return;
    m_look = look;
    m_view->setLook(look);
    updateLegend();
}

void SourcePane::updateLegend()
{
    using Role = SourceLineInfo::Role;
    const Theme::ReadingColors page = Theme::readingColors(m_look);
    QStringList chips;
    for (Role role : {Role::Masthead, Role::PageMarker, Role::Banner, Role::Group, Role::Kicker,
                      Role::Title, Role::Subtitle, Role::Byline, Role::Body, Role::Caption,
                      Role::Credit, Role::Unplaced, Role::Dropped}) {
        const Theme::RoleStyle style = Theme::sourceRoleStyle(role, m_look);
        const QColor back = style.background.isValid() ? style.background : page.page;
        QString text = SourceView::roleLabel(role).toHtmlEscaped();
        if (style.bold)
            text = u"<b>"_s + text + u"</b>"_s;
        if (style.italic)
            text = u"<i>"_s + text + u"</i>"_s;
        if (style.strikeOut)
            text = u"<s>"_s + text + u"</s>"_s;
        chips << u"<span style=\"color:%1; background-color:%2\">&nbsp;%3&nbsp;</span>"_s.arg(
            style.foreground.name(), back.name(), text);
    }
    chips << u"<span style=\"color:%1\">&nbsp;%2&nbsp;%3</span>"_s.arg(
        page.accent.name(), QString(QChar(0x21aa)), tr("rejoined paragraph").toHtmlEscaped());
    m_legend->setText(chips.join(u' '));
    m_legend->setStyleSheet(u"QLabel { background-color: %1; }"_s.arg(page.page.name()));
}

int SourcePane::adjacentDoubt(int direction) const
{
    const QList<Doubt> &doubts = m_doubts->doubts();
    if (doubts.isEmpty())
        return -1;
    const int line = m_view->currentLine();
    const int current = m_doubts->currentDoubt();
    // On the listed doubt's line: the next one in the list (several may share a line).
    if (current >= 0 && doubts[current].line == line) {
        const int n = int(doubts.size());
        return ((current + (direction > 0 ? 1 : -1)) % n + n) % n;
    }
    if (direction > 0) {
        for (qsizetype i = 0; i < doubts.size(); ++i) {
            if (doubts[i].line > line)
                return int(i);
        }
        return 0;
    }
    for (qsizetype i = doubts.size() - 1; i >= 0; --i) {
        if (doubts[i].line < line)
            return int(i);
    }
    return int(doubts.size()) - 1;
}

void SourcePane::showDoubt(int index)
{
    if (index < 0 || index >= m_doubts->doubts().size())
        return;
    m_doubts->setCurrentDoubt(index);
    m_view->showLine(std::max(1, m_doubts->doubts()[index].line));
}

} // namespace Broadsheet
