#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace Broadsheet {

class Library;
struct CorrectionImportReport;

// The files corrections travel in, each through a file dialog: the corrected
// issue as a reference parse (so that a reader's fixes can become regression
// cases), and an issue's corrections as corrections JSON, out and in.
class CorrectionFiles
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::CorrectionFiles)

public:
    // Each returns what it did for the status bar; empty when the reader
    // cancelled or it failed (then it has said why).
    static QString exportReferenceParse(QWidget *parent, Library *library, qint64 issueId);
    static QString exportCorrections(QWidget *parent, Library *library, qint64 issueId);
    // The issue the file's corrections went to, with what was applied.
    static std::optional<CorrectionImportReport> importCorrections(QWidget *parent,
                                                                   Library *library);

    // The writing itself, without dialogs (the CLI's `show` writes the same).
    static QString writeReferenceParse(Library *library, qint64 issueId, const QString &path);
    // "<stem>.gold-candidate.json" beside the last export.
    static QString referenceFileName(const QString &issuePath);
};

} // namespace Broadsheet
