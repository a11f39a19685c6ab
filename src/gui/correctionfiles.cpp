#include "correctionfiles.h"

#include "issuejson.h"
#include "library.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

void warn(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setTextFormat(Qt::PlainText); // the text may quote a corrections file
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"correctionError"_s);
    box->open();
}

// Where a save dialog starts: the last export's folder, under `name`.
QString proposed(const QString &name)
{
    return QDir(Settings().exportFolder()).filePath(name);
}

QString chooseSaveFile(QWidget *parent, const QString &title, const QString &name)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, proposed(name),
                                                      CorrectionFiles::tr("JSON files (*.json)"));
    if (!path.isEmpty())
        Settings().setExportFolder(QFileInfo(path).absolutePath());
    return path;
}

QString writeAll(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return CorrectionFiles::tr("Cannot write %1: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

QString CorrectionFiles::referenceFileName(const QString &issuePath)
{
    return QFileInfo(issuePath).completeBaseName() + u".gold-candidate.json"_s;
}

QString CorrectionFiles::writeReferenceParse(Library *library, qint64 issueId, const QString &path)
{
    const auto issue = library->loadIssue(issueId);
    if (!issue)
        return issue.errorMessage();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !IssueJson::write(*issue, &file) || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString CorrectionFiles::exportReferenceParse(QWidget *parent, Library *library, qint64 issueId)
{
    const auto record = library->issue(issueId);
    if (!record) {
        warn(parent, tr("Cannot export the reference parse"), record.errorMessage());
        return {};
    }
    const QString path =
        chooseSaveFile(parent, tr("Export Reference Parse"), referenceFileName(record->sourcePath));
    if (path.isEmpty())
        return {};
    if (const QString error = writeReferenceParse(library, issueId, path); !error.isEmpty()) {
        warn(parent, tr("Cannot export the reference parse"), error);
        return {};
    }
    return tr("Exported the corrected parse of %1 to %2.")
        .arg(record->title, QDir::toNativeSeparators(path));
}

QString CorrectionFiles::exportCorrections(QWidget *parent, Library *library, qint64 issueId)
{
    const auto record = library->issue(issueId);
    const auto corrections = library->corrections(issueId);
    if (!record || !corrections) {
        warn(parent, tr("Cannot export the corrections"),
             record ? corrections.errorMessage() : record.errorMessage());
        return {};
    }
    const QString path =
        chooseSaveFile(parent, tr("Export Corrections"),
                       QFileInfo(record->sourcePath).completeBaseName() + u".corrections.json"_s);
    if (path.isEmpty())
        return {};
    if (const QString error = writeAll(path, corrections->corrections.toJson()); !error.isEmpty()) {
        warn(parent, tr("Cannot export the corrections"), error);
        return {};
    }
    return tr("Exported %n correction(s) to %1.", nullptr,
              int(corrections->corrections.operations.size()))
        .arg(QDir::toNativeSeparators(path));
}

std::optional<CorrectionImportReport> CorrectionFiles::importCorrections(QWidget *parent,
                                                                         Library *library)
{
    const QString path =
        QFileDialog::getOpenFileName(parent, tr("Import Corrections"), Settings().exportFolder(),
                                     tr("Corrections files (*.json);;All files (*)"));
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warn(parent, tr("Cannot import the corrections"),
             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    auto report = library->importCorrections(file.readAll());
    if (!report) {
        warn(parent, tr("Cannot import the corrections"), report.errorMessage());
        return std::nullopt;
    }
    if (!report->refused.isEmpty()) {
        QStringList lines;
        for (const RefusedCorrection &refused : report->refused)
            lines << tr("%1: %2").arg(refused.operation.describe(), refused.reason);
        warn(parent, tr("Some corrections were not applied"), lines.join(u'\n'));
    }
    return *std::move(report);
}

} // namespace Broadsheet
