#include "exportdialog.h"

#include "deskexport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

// A file name from a title: what no file system takes becomes a space.
QString fileNameOf(const QString &title)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|\\x00-\\x1f]+"_s);
    QString name = QString(title).replace(unsafe, u" "_s).simplified();
    if (name.size() > 60)
        name = name.left(60).trimmed();
    return name.isEmpty() ? ExportDialog::tr("articles") : name;
}

} // namespace

ExportDialog::ExportDialog(const QList<Source> &sources, int preferred, const QString &folder,
                           QWidget *parent)
    : QDialog(parent)
    , m_sources(sources)
    , m_source(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Articles"));
    m_source->setObjectName(u"source"_s);
    m_format->setObjectName(u"format"_s);
    m_path->setObjectName(u"path"_s);
    for (const Source &source : sources)
        m_source->addItem(tr("%1 (%n article(s))", nullptr, source.count).arg(source.label));
    for (DeskFormat format : DeskExport::formats())
        m_format->addItem(DeskExport::label(format), int(format));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(u"browse"_s);
    browse->setAutoDefault(false);

    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Articles:"), m_source);
    layout->addRow(tr("&Format:"), m_format);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    layout->addRow(tr("F&ile:"), file);
    layout->addRow(m_buttons);
    setMinimumWidth(520);

    const QString base = folder.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                             : folder;
    m_source->setCurrentIndex(std::clamp(preferred, 0, int(sources.size()) - 1));
    const Source chosen = sources.value(m_source->currentIndex());
    m_path->setText(
        QDir(base).filePath(fileNameOf(chosen.title) + u'.' + DeskExport::suffix(format())));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QFileInfo info(m_path->text());
        m_path->setText(info.dir().filePath(fileNameOf(m_sources.value(index).title) + u'.' +
                                            DeskExport::suffix(format())));
    });
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

int ExportDialog::source() const
{
    return m_source->currentIndex();
}

DeskFormat ExportDialog::format() const
{
    return DeskFormat(m_format->currentData().toInt());
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setFormat(DeskFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

// The file's suffix is the format's: report.ris becomes report.csv.
void ExportDialog::formatChanged()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    m_path->setText(
        info.dir().filePath(info.completeBaseName() + u'.' + DeskExport::suffix(format())));
}

void ExportDialog::browse()
{
    const QString suffix = DeskExport::suffix(format());
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Articles"), path(),
                                     tr("%1 (*.%2)").arg(DeskExport::label(format()), suffix));
    if (chosen.isEmpty())
        return;
    // The dialog adds no suffix on every platform: the format's, if none was typed.
    m_path->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + u'.' + suffix : chosen);
}

void ExportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty() && !m_sources.isEmpty());
}

} // namespace Broadsheet
