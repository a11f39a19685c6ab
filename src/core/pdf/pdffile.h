#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
}

namespace Broadsheet {

// Opening a PDF with Poppler, for every reader of PDFs (the text reader, the
// page renderer): the file's checks, and what makes bytes an openable PDF, each
// refused in words that name the file. Poppler's own messages go to the log.
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::PdfFile)

public:
    // E-paper PDFs are a few megabytes a page; anything far larger is refused
    // rather than handed to Poppler.
    static constexpr qint64 kMaxFileBytes = qint64(1024) * 1024 * 1024;

    // The file's bytes: missing, not a file, too large or unreadable is an error.
    static Result<QByteArray> read(const QString &path);
    // A Poppler document of the bytes, unlocked and with pages; `path` names it in
    // messages (empty: "the file").
    static Result<std::unique_ptr<Poppler::Document>> load(const QByteArray &bytes,
                                                           const QString &path);
    // The name messages give the file.
    static QString displayName(const QString &path);
    static Error invalid(const QString &message);
};

} // namespace Broadsheet
