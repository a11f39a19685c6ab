#include "exportfonts.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace Broadsheet {

namespace {

// In order of preference. Ming first for the body, Hei first for the head; each
// falls back to the other kind rather than to a face that does not round-trip.
const QStringList kBodyFamilies = {
    QStringLiteral("AR PL UMing CN"),      // fonts-arphic-uming
    QStringLiteral("AR PL UMing TW"),      // the same file, traditional forms preferred
    QStringLiteral("WenQuanYi Zen Hei"),   // fonts-wqy-zenhei
    QStringLiteral("WenQuanYi Micro Hei"), // fonts-wqy-microhei
};
const QStringList kHeadFamilies = {
    QStringLiteral("WenQuanYi Zen Hei"),
    QStringLiteral("WenQuanYi Micro Hei"),
    QStringLiteral("AR PL UMing CN"),
    QStringLiteral("AR PL UMing TW"),
};

// DejaVu (fonts-dejavu-core) round-trips through Qt's PDF writer.
const QStringList kBodyLatinFamilies = {QStringLiteral("DejaVu Serif")};
const QStringList kHeadLatinFamilies = {QStringLiteral("DejaVu Sans")};

QString firstInstalled(const QStringList &wanted, const QStringList &installed)
{
    for (const QString &family : wanted) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

QFont makeFont(const QString &latin, const QString &primary, const QString &fallback, int pixelSize)
{
    QStringList families;
    for (const QString &family : {latin, primary, fallback}) {
        if (!family.isEmpty() && !families.contains(family))
            families << family;
    }
    QFont font;
    font.setFamilies(families);
    font.setPixelSize(pixelSize);
    // Unhinted outlines and advances: the same layout on paper and in a PDF at any zoom.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No shaping, so no ligatures: DejaVu's "fi" would come back from the PDF as
    // U+FB01. Chinese and Latin need none; the CJK faces are unaffected.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

} // namespace

Result<ExportFonts> ExportFonts::choose(const QStringList &installedFamilies)
{
    ExportFonts fonts;
    fonts.body = firstInstalled(kBodyFamilies, installedFamilies);
    fonts.head = firstInstalled(kHeadFamilies, installedFamilies);
    fonts.bodyLatin = firstInstalled(kBodyLatinFamilies, installedFamilies);
    fonts.headLatin = firstInstalled(kHeadLatinFamilies, installedFamilies);
    if (fonts.body.isEmpty() || fonts.head.isEmpty()) {
        return Error{
            Error::Code::Font,
            ExportFonts::tr("No Chinese font suitable for PDF export is installed; install the "
                            "Debian package fonts-arphic-uming or fonts-wqy-zenhei.")};
    }
    qCDebug(lcExport) << "export fonts: body" << fonts.body << "head" << fonts.head;
    return fonts;
}

Result<ExportFonts> ExportFonts::installed()
{
    return choose(QFontDatabase::families());
}

QFont ExportFonts::bodyFont(int pixelSize) const
{
    return makeFont(bodyLatin, body, head, pixelSize);
}

QFont ExportFonts::headFont(int pixelSize) const
{
    return makeFont(headLatin, head, body, pixelSize);
}

} // namespace Broadsheet
