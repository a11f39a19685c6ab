#include "issuepropertiesdialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Broadsheet {

namespace {

// The date editor's "no date": one day below the earliest date an issue can
// have, shown as words (QDateEdit's special value text), never as a date.
const QDate kNoDate(1899, 12, 31);
const QDate kLastDate(2100, 12, 31);

const char *const kFieldNames[] = {"newspaper", "date", "edition", "pageNumber", "pageName"};

template<typename T>
bool sameValue(const std::optional<Sourced<T>> &a, const std::optional<Sourced<T>> &b)
{
    return a.has_value() == b.has_value() && (!a || a->value == b->value);
}

} // namespace

IssuePropertiesDialog::IssuePropertiesDialog(const QList<IssueMetadata> &issues,
                                             const QStringList &paths,
                                             const QStringList &knownPapers, QWidget *parent)
    : QDialog(parent)
{
    // Every file a single page: only then do a page number and name mean one page.
    m_pageFields = !issues.isEmpty();
    for (const IssueMetadata &issue : issues)
        m_pageFields = m_pageFields && issue.pages.size() == 1;

    const auto summarize = [&issues](auto valueOf) {
        Summary summary;
        bool first = true;
        decltype(valueOf(issues.first())) shared;
        for (const IssueMetadata &issue : issues) {
            const auto value = valueOf(issue);
            if (first) {
                shared = value;
                if (value)
                    summary.source = value->source;
            } else if (!sameValue(shared, value)) {
                summary.differs = true;
            }
            if (value) {
                summary.present = true;
                summary.hasUser = summary.hasUser || value->source == MetadataSource::User;
                if (!first && (!shared || value->source != summary.source))
                    summary.mixed = true;
            } else if (!first && shared) {
                summary.mixed = true;
            }
            first = false;
        }
        if (!summary.differs && shared) {
            if constexpr (std::is_same_v<std::decay_t<decltype(shared->value)>, QDate>)
                summary.date = shared->value;
            else
                summary.text = shared->value;
        }
        return summary;
    };
    if (!issues.isEmpty()) {
        row(Field::Newspaper).summary =
            summarize([](const IssueMetadata &i) { return i.newspaper; });
        row(Field::Date).summary = summarize([](const IssueMetadata &i) { return i.date; });
        row(Field::Edition).summary = summarize([](const IssueMetadata &i) { return i.edition; });
        if (m_pageFields) {
            row(Field::PageNumber).summary =
                summarize([](const IssueMetadata &i) { return i.pages.first().number; });
            row(Field::PageName).summary =
                summarize([](const IssueMetadata &i) { return i.pages.first().name; });
        }
    }

    // The files: one by name, several as a short list.
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("heading"));
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    if (paths.size() == 1) {
        const QFileInfo file(paths.first());
        setWindowTitle(tr("Issue Properties: %1").arg(file.fileName()));
        heading->setText(file.fileName());
        auto *where = new QLabel(QDir::toNativeSeparators(file.absolutePath()), this);
        where->setTextFormat(Qt::PlainText);
        where->setTextInteractionFlags(Qt::TextSelectableByMouse);
        where->setForegroundRole(QPalette::PlaceholderText);
        where->setWordWrap(true);
        layout->addWidget(where);
    } else {
        setWindowTitle(tr("Properties of %n Issues", "", int(paths.size())));
        heading->setText(tr("%n issue file(s)", "", int(paths.size())));
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("files"));
        for (const QString &path : paths) {
            auto *item = new QListWidgetItem(QFileInfo(path).fileName(), list);
            item->setToolTip(QDir::toNativeSeparators(path));
        }
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setFocusPolicy(Qt::NoFocus); // only to read: the first field takes the focus
        list->setMaximumHeight(list->fontMetrics().height() * 5 + 2 * list->frameWidth() + 4);
        layout->addWidget(list);
    }

    m_paper = new QComboBox(this);
    m_paper->setEditable(true);
    m_paper->setInsertPolicy(QComboBox::NoInsert);
    QStringList papers = knownPapers;
    papers.removeAll(QString());
    papers.removeDuplicates();
    papers.sort();
    m_paper->addItems(papers);
    m_paper->completer()->setFilterMode(Qt::MatchContains);
    m_paper->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_date = new QDateEdit(this);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(kNoDate, kLastDate);
    m_date->setCalendarPopup(true);

    m_edition = new QLineEdit(this);
    m_pageNumber = new QLineEdit(this);
    m_pageName = new QLineEdit(this);

    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 8, 0, 8);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(2, fontMetrics().horizontalAdvance(u'x') * 24);
    layout->addLayout(grid);
    addRow(grid, Field::Newspaper, tr("&Newspaper:"), m_paper);
    addRow(grid, Field::Date, tr("&Date:"), m_date);
    addRow(grid, Field::Edition, tr("&Edition:"), m_edition);
    if (m_pageFields) {
        addRow(grid, Field::PageNumber, tr("&Page:"), m_pageNumber);
        addRow(grid, Field::PageName, tr("Page na&me:"), m_pageName);
    } else {
        m_pageNumber->hide();
        m_pageName->hide();
    }

    connect(m_paper, &QComboBox::currentTextChanged, this,
            [this] { userChanged(Field::Newspaper); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { userChanged(Field::Date); });
    connect(m_edition, &QLineEdit::textChanged, this, [this] { userChanged(Field::Edition); });
    connect(m_pageNumber, &QLineEdit::textChanged, this,
            [this] { userChanged(Field::PageNumber); });
    connect(m_pageName, &QLineEdit::textChanged, this, [this] { userChanged(Field::PageName); });

    layout->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(600);
}

IssuePropertiesDialog::~IssuePropertiesDialog() = default;

void IssuePropertiesDialog::addRow(QGridLayout *grid, Field field, const QString &label,
                                   QWidget *editor)
{
    Row &r = row(field);
    const QString name = QString::fromLatin1(kFieldNames[int(field)]);
    r.editor = editor;
    editor->setObjectName(name);

    auto *title = new QLabel(label, this);
    title->setBuddy(editor);
    r.source = new QLabel(this);
    r.source->setObjectName(name + QStringLiteral("Source"));
    r.source->setTextFormat(Qt::PlainText);
    r.source->setForegroundRole(QPalette::PlaceholderText);
    r.useDetected = new QToolButton(this);
    r.useDetected->setObjectName(name + QStringLiteral("UseDetected"));
    r.useDetected->setText(tr("Use Detected"));
    r.useDetected->setToolTip(tr("Forget the value you set and use the one found in the file"));
    // Shown only where it does something; the column keeps its width meanwhile.
    QSizePolicy policy = r.useDetected->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    r.useDetected->setSizePolicy(policy);
    connect(r.useDetected, &QToolButton::clicked, this, [this, field] { useDetected(field); });

    const int at = grid->rowCount();
    grid->addWidget(title, at, 0);
    grid->addWidget(editor, at, 1);
    grid->addWidget(r.source, at, 2);
    grid->addWidget(r.useDetected, at, 3);
    showRow(field);
}

MetadataEdit IssuePropertiesDialog::edit() const
{
    // Untouched: nullopt. Reset, or a field the user emptied: an empty value.
    const auto textEdit = [this](Field field) -> std::optional<QString> {
        const Row &r = row(field);
        if (r.state == State::Untouched)
            return std::nullopt;
        const QString text = r.state == State::Changed ? textOf(field).trimmed() : QString();
        return text.isEmpty() ? QString() : text;
    };
    MetadataEdit edit;
    edit.newspaper = textEdit(Field::Newspaper);
    edit.edition = textEdit(Field::Edition);
    if (const Row &r = row(Field::Date); r.state != State::Untouched) {
        const QDate date = r.state == State::Changed ? m_date->date() : QDate();
        edit.date = date == kNoDate ? QDate() : date;
    }
    if (m_pageFields) {
        edit.pageNumber = textEdit(Field::PageNumber);
        edit.pageName = textEdit(Field::PageName);
    }
    return edit;
}

void IssuePropertiesDialog::userChanged(Field field)
{
    if (m_showing)
        return;
    Row &r = row(field);
    if (r.state == State::Changed)
        return;
    r.state = State::Changed;
    showRow(field);
}

void IssuePropertiesDialog::useDetected(Field field)
{
    Row &r = row(field);
    // What the user set is forgotten on saving; a change not saved yet only goes.
    r.state = r.summary.hasUser ? State::Reset : State::Untouched;
    showRow(field);
}

QString IssuePropertiesDialog::textOf(Field field) const
{
    switch (field) {
    case Field::Newspaper:
        return m_paper->currentText();
    case Field::Edition:
        return m_edition->text();
    case Field::PageNumber:
        return m_pageNumber->text();
    case Field::PageName:
        return m_pageName->text();
    case Field::Date:
        break;
    }
    return {};
}

QString IssuePropertiesDialog::sourceText(Field field) const
{
    const Row &r = row(field);
    switch (r.state) {
    case State::Changed:
        return tr("set by you");
    case State::Reset:
        return tr("detected again when you save");
    case State::Untouched:
        break;
    }
    const Summary &s = r.summary;
    if (!s.present)
        return tr("not found in the file");
    if (s.mixed)
        return tr("from different sources");
    switch (s.source) {
    case MetadataSource::User:
        return tr("set by you");
    case MetadataSource::Text:
        return tr("from the text");
    case MetadataSource::Path:
        return tr("from the file name");
    case MetadataSource::Guess:
        return field == Field::Date ? tr("guessed from the file's date") : tr("a guess");
    }
    return {};
}

void IssuePropertiesDialog::showRow(Field field)
{
    Row &r = row(field);
    const Summary &s = r.summary;
    m_showing = true;
    if (r.state != State::Changed) {
        const bool reset = r.state == State::Reset;
        const QString empty = reset       ? tr("Detected value")
                              : s.differs ? tr("(several values)")
                                          : tr("Not set");
        const QString value = reset || s.differs ? QString() : s.text;
        switch (field) {
        case Field::Newspaper:
            m_paper->setCurrentIndex(-1);
            m_paper->setEditText(value);
            m_paper->lineEdit()->setPlaceholderText(empty);
            break;
        case Field::Date: {
            const bool known = !reset && !s.differs && s.date.isValid();
            m_date->setSpecialValueText(empty);
            m_date->setDate(known ? s.date : kNoDate);
            break;
        }
        case Field::Edition:
        case Field::PageNumber:
        case Field::PageName: {
            auto *edit = static_cast<QLineEdit *>(r.editor);
            edit->setText(value);
            edit->setPlaceholderText(empty);
            break;
        }
        }
    }
    m_showing = false;

    if (r.source) {
        r.source->setText(sourceText(field));
        // Guesses read as guesses: the source in italics.
        QFont font = r.source->font();
        font.setItalic(r.state == State::Untouched && s.present && !s.mixed &&
                       s.source == MetadataSource::Guess);
        r.source->setFont(font);
    }
    if (r.useDetected) {
        r.useDetected->setVisible(r.state == State::Changed ||
                                  (r.state == State::Untouched && s.hasUser));
    }
}

} // namespace Broadsheet
