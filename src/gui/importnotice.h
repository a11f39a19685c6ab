#pragma once

#include "libraryrecords.h"

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace Broadsheet {

// What an import has to tell the reader beyond its summary: a file that changed
// on disk since its corrections were made, whose corrections no longer all fit.
// Those are not lost (the library keeps them under the file's old contents),
// but the reader should know which, and why, before trusting the new parse.
class ImportNotice
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::ImportNotice)

public:
    // The message's parts, in words; empty when every correction was kept.
    struct Text
    {
        QString summary;     // each file, and how many of its corrections were not kept
        QString explanation; // where they are, and how to get them back
        QString details;     // each correction: what it did, and why it no longer fits

        bool isEmpty() const { return summary.isEmpty(); }
    };
    static Text correctionsNotKept(const ImportReport &report);

    // Opens (window-modal, not blocking) a message of correctionsNotKept, if
    // there is anything to say; returns it (deleted when closed), else nullptr.
    static QMessageBox *showCorrectionsNotKept(QWidget *parent, const ImportReport &report);
};

} // namespace Broadsheet
