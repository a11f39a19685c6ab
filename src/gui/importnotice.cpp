#include "importnotice.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Broadsheet {

ImportNotice::Text ImportNotice::correctionsNotKept(const ImportReport &report)
{
    QStringList summary;
    QStringList details;
    int files = 0;
    for (const ImportResult &result : report.results) {
        if (result.correctionsNotKept.isEmpty())
            continue;
        ++files;
        const QString path = QDir::toNativeSeparators(result.path);
        const int count = int(result.correctionsNotKept.size());
        summary << tr("%1 changed since it was corrected: %n of its corrections no longer "
                      "fit and were not kept.",
                      nullptr, count)
                       .arg(QFileInfo(result.path).fileName());
        details << path;
        for (const RefusedCorrection &refused : result.correctionsNotKept)
            details << tr("Correction %1 (%2): %3")
                           .arg(QString::number(refused.position), refused.operation.describe(),
                                refused.reason);
        details << QString();
    }
    if (files == 0)
        return {};
    while (!details.isEmpty() && details.last().isEmpty())
        details.removeLast();
    const QString explanation =
        files == 1 ? tr("They are kept in the library under the old version of the file: "
                        "importing that version again brings them back. The corrections that "
                        "still fit were kept.")
                   : tr("They are kept in the library under the old version of each file: "
                        "importing that version again brings them back. The corrections that "
                        "still fit were kept.");
    return {summary.join(u'\n'), explanation, details.join(u'\n')};
}

QMessageBox *ImportNotice::showCorrectionsNotKept(QWidget *parent, const ImportReport &report)
{
    const Text text = correctionsNotKept(report);
    if (text.isEmpty())
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Some corrections were not kept"),
                                text.summary, QMessageBox::Ok, parent);
    // File names and article text are data, never markup.
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(text.explanation);
    box->setDetailedText(text.details);
    box->setObjectName(u"correctionsNotKept"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return box;
}

} // namespace Broadsheet
