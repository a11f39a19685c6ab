#include "timelinedialog.h"

#include "guilogging.h"
#include "icons.h"
#include "timelinechart.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Broadsheet {

namespace {

bool sameRequest(const TimelineRequest &a, const TimelineRequest &b)
{
    return a.text == b.text && a.by == b.by && a.paper == b.paper && a.exactScript == b.exactScript;
}

} // namespace

TimelineDialog::TimelineDialog(TimelineProvider provider, QWidget *parent)
    : QDialog(parent)
    , m_provider(std::move(provider))
    , m_field(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_chips(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chips))
    , m_unit(new QComboBox(this))
    , m_mode(new QButtonGroup(this))
    , m_paperLabel(new QLabel(tr("&Newspaper:"), this))
    , m_paper(new QComboBox(this))
    , m_chart(new TimelineChart(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Timeline"));
    setModal(false);

    m_field->setObjectName(QStringLiteral("queryField"));
    m_field->setPlaceholderText(tr("A word or phrase, as in search"));
    m_field->setClearButtonEnabled(true);
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setEnabled(false);
    m_add->setAutoDefault(false);
    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_field, &QLineEdit::returnPressed, this, &TimelineDialog::addFromField);
    connect(m_add, &QPushButton::clicked, this, &TimelineDialog::addFromField);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch();

    m_unit->setObjectName(QStringLiteral("unit"));
    m_unit->addItem(tr("By year"), int(TimelineUnit::Year));
    m_unit->addItem(tr("By month"), int(TimelineUnit::Month));
    m_unit->addItem(tr("By day"), int(TimelineUnit::Day));
    m_unit->setCurrentIndex(1);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &TimelineDialog::settingsChanged);

    auto *counts = new QRadioButton(tr("&Counts"), this);
    counts->setObjectName(QStringLiteral("counts"));
    counts->setToolTip(tr("The number of matching articles in each period"));
    auto *share = new QRadioButton(tr("&Share"), this);
    share->setObjectName(QStringLiteral("share"));
    share->setToolTip(tr(
        "Matching articles as a part of all the articles of each period, which evens out periods with more or fewer issues"));
    m_mode->addButton(counts, 0);
    m_mode->addButton(share, 1);
    counts->setChecked(true);
    connect(m_mode, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_chart->setShowShare(id == 1);
    });

    m_paper->setObjectName(QStringLiteral("paper"));
    m_paperLabel->setBuddy(m_paper);
    m_paper->addItem(tr("All newspapers"), QString());
    connect(m_paper, &QComboBox::currentIndexChanged, this, &TimelineDialog::settingsChanged);
    m_paperLabel->hide();
    m_paper->hide();

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    connect(m_chart, &TimelineChart::periodClicked, this, &TimelineDialog::periodActivated);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TimelineDialog::counted);

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_field, 1);
    queryRow->addWidget(m_add);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_unit);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(counts);
    optionsRow->addWidget(share);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(m_paperLabel);
    optionsRow->addWidget(m_paper);
    optionsRow->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottomRow = new QHBoxLayout;
    bottomRow->addWidget(m_status, 1);
    bottomRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addWidget(m_chips);
    layout->addLayout(optionsRow);
    layout->addWidget(m_chart, 1);
    layout->addLayout(bottomRow);
    resize(760, 520);
    showStatus();
}

TimelineDialog::~TimelineDialog()
{
    // A count still running finishes on its own; its result goes nowhere.
    m_watcher.disconnect(this);
}

void TimelineDialog::addQuery(const QString &query)
{
    const QString text = query.trimmed();
    if (text.isEmpty() || m_queries.contains(text))
        return;
    m_queries << text;
    rebuildChips();
    showStatus();
    countNext();
}

void TimelineDialog::removeQuery(const QString &query)
{
    if (!m_queries.removeOne(query))
        return;
    m_results.remove(query);
    m_errors.remove(query);
    rebuildChips();
    showChart();
    showStatus();
}

void TimelineDialog::setPapers(const QStringList &papers)
{
    const QString current = m_paper->currentData().toString();
    const QSignalBlocker blocker(m_paper);
    while (m_paper->count() > 1)
        m_paper->removeItem(1);
    for (const QString &paper : papers)
        m_paper->addItem(paper, paper);
    const int at = m_paper->findData(current);
    m_paper->setCurrentIndex(at < 0 ? 0 : at);
    m_paperLabel->setVisible(!papers.isEmpty());
    m_paper->setVisible(!papers.isEmpty());
    if (at < 0 && !current.isEmpty())
        settingsChanged(); // the paper chosen is gone
}

void TimelineDialog::setUnit(TimelineUnit unit)
{
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
}

TimelineUnit TimelineDialog::unit() const
{
    return TimelineUnit(m_unit->currentData().toInt());
}

void TimelineDialog::setShowShare(bool share)
{
    m_mode->button(share ? 1 : 0)->setChecked(true);
}

void TimelineDialog::setExactScript(bool exact)
{
    if (exact == m_exactScript)
        return;
    m_exactScript = exact;
    settingsChanged();
}

void TimelineDialog::refresh()
{
    settingsChanged();
}

TimelineRequest TimelineDialog::requestFor(const QString &query) const
{
    TimelineRequest request;
    request.text = query;
    request.by = unit();
    request.paper = m_paper->currentData().toString();
    request.exactScript = m_exactScript;
    return request;
}

void TimelineDialog::settingsChanged()
{
    // Numbers of other settings mean nothing now; a count running for them is
    // let finish (a provider cannot be stopped) and its result dropped.
    m_results.clear();
    m_errors.clear();
    showChart();
    countNext();
    showStatus();
}

void TimelineDialog::countNext()
{
    if (m_running)
        return;
    for (const QString &query : std::as_const(m_queries)) {
        if (m_results.contains(query) || m_errors.contains(query))
            continue;
        m_running = requestFor(query);
        qCDebug(lcGui) << "counting" << query.left(40) << "over time";
        m_watcher.setFuture(QtConcurrent::run(
            [provider = m_provider, request = *m_running] { return provider(request); }));
        showStatus();
        return;
    }
}

void TimelineDialog::counted()
{
    const TimelineRequest request = *m_running;
    m_running.reset();
    const Result<QList<TimelineBucket>> result = m_watcher.result();
    if (m_queries.contains(request.text) && sameRequest(request, requestFor(request.text))) {
        if (result)
            m_results.insert(request.text, *result);
        else
            m_errors.insert(request.text, result.errorMessage());
        showChart();
    }
    countNext();
    showStatus();
    if (!m_running)
        emit countingFinished();
}

void TimelineDialog::showChart()
{
    QList<TimelineSeries> series;
    for (const QString &query : std::as_const(m_queries)) {
        if (m_results.contains(query))
            series << TimelineSeries{query, m_results.value(query)};
    }
    m_chart->setSeries(series);
}

void TimelineDialog::showStatus()
{
    QStringList lines;
    for (const QString &query : std::as_const(m_queries)) {
        if (m_errors.contains(query))
            lines << tr("Could not count “%1”: %2").arg(query, m_errors.value(query));
    }
    if (m_running)
        lines << tr("Counting “%1”…").arg(m_running->text);
    else if (!m_results.isEmpty())
        lines << tr("Click a bar to list the articles of its period.");
    m_status->setText(lines.join(u'\n'));
    m_chart->setPlaceholderText(
        m_queries.isEmpty() ? tr("Add a word or phrase to see how often it appears over time.")
        : m_running         ? tr("Counting…")
                            : tr("Nothing to show."));
}

void TimelineDialog::rebuildChips()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    for (const QString &query : std::as_const(m_queries)) {
        auto *chip = new QToolButton(m_chips);
        chip->setObjectName(QStringLiteral("chip"));
        chip->setText(query);
        chip->setIcon(Icons::get(QStringLiteral("close")));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setLayoutDirection(Qt::RightToLeft); // the cross after the words
        chip->setToolTip(tr("Remove “%1” from the chart").arg(query));
        connect(chip, &QToolButton::clicked, this, [this, query] { removeQuery(query); });
        m_chipLayout->insertWidget(m_chipLayout->count() - 1, chip);
    }
    m_chips->setVisible(!m_queries.isEmpty());
}

void TimelineDialog::addFromField()
{
    addQuery(m_field->text());
    m_field->clear();
}

} // namespace Broadsheet
