#include "epubexporter.h"

#include <zip.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

struct ArchiveDiscard
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct SourceFree
{
    void operator()(zip_source_t *source) const { zip_source_free(source); }
};
using Archive = std::unique_ptr<zip_t, ArchiveDiscard>;
using Source = std::unique_ptr<zip_source_t, SourceFree>;

Error zipFailure(zip_error_t *error)
{
    return Error{Error::Code::Io, EpubExporter::tr("Could not make the EPUB book: %1")
                                      .arg(QString::fromUtf8(zip_error_strerror(error)))};
}

Error zipFailure(zip_t *archive)
{
    return zipFailure(zip_get_error(archive));
}

// Adds one file; its bytes must outlive the archive (libzip reads them on close).
Status add(zip_t *archive, const QString &path, const QByteArray &bytes, bool store)
{
    zip_source_t *source =
        zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    if (!source)
        return zipFailure(archive);
    const zip_int64_t index =
        zip_file_add(archive, path.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        return zipFailure(archive);
    }
    if (zip_set_file_compression(archive, zip_uint64_t(index),
                                 store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0)
        return zipFailure(archive);
    return success();
}

// The finished archive's bytes, read back from the memory source it was written to.
Result<QByteArray> readAll(zip_source_t *source)
{
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE))
        return zipFailure(zip_source_error(source));
    if (zip_source_open(source) < 0)
        return zipFailure(zip_source_error(source));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (read != zip_int64_t(stat.size))
        return zipFailure(zip_source_error(source));
    return bytes;
}

} // namespace

Result<QByteArray> EpubExporter::render(const QList<DeskExportItem> &items,
                                        const EpubOptions &options)
{
    if (items.isEmpty())
        return Error{Error::Code::InvalidInput,
                     tr("There is nothing to export: no article was chosen.")};
    const EpubDocuments documents(items, options);
    const QList<EpubDocuments::File> files = documents.files();
    static const QByteArray mimetype = "application/epub+zip";
    static const QByteArray container = EpubDocuments::containerXml();

    // Written in memory: the caller decides where the bytes go, and a file is
    // only ever replaced by a complete book.
    zip_error_t error;
    zip_error_init(&error);
    Source buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) {
        const Error failure = zipFailure(&error);
        zip_error_fini(&error);
        return failure;
    }
    Archive archive(zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
    if (!archive) {
        const Error failure = zipFailure(&error);
        zip_error_fini(&error);
        return failure;
    }
    zip_error_fini(&error);
    // The archive takes the source's reference on closing; ours keeps it for reading.
    zip_source_keep(buffer.get());

    // OCF: `mimetype` first, uncompressed, so that a reader can tell the file's
    // type from its first bytes.
    if (const Status added = add(archive.get(), u"mimetype"_s, mimetype, true); !added)
        return added.error();
    if (const Status added = add(archive.get(), u"META-INF/container.xml"_s, container, false);
        !added)
        return added.error();
    for (const EpubDocuments::File &file : files) {
        if (const Status added = add(archive.get(), file.path, file.data, false); !added)
            return added.error();
    }
    if (zip_close(archive.get()) < 0)
        return zipFailure(archive.get());
    archive.release(); // closed: nothing to discard
    return readAll(buffer.get());
}

} // namespace Broadsheet
