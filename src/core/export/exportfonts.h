#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QFont>
#include <QString>
#include <QStringList>

namespace Broadsheet {

// The two faces of an exported article: a Ming (Song) serif for the body and a Hei
// sans for headlines, bylines, captions and the running header.
//
// Only faces whose text survives a trip through Qt's PDF writer are used. Qt builds
// a PDF font's ToUnicode map from the font's own character map, taking the lowest
// code point for each glyph; Noto CJK maps the Kangxi and supplementary radicals
// onto the glyphs of the ideographs (长 comes back as ⻓, 人 as ⼈) and loses the
// digits of Latin runs, so copy, search and pdftotext would get a different text.
// AR PL UMing and the WenQuanYi faces give back exactly what was set.
class ExportFonts
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::ExportFonts)

public:
    QString body; // family for body paragraphs
    QString head; // family for everything else
    // Latin faces set first, for Latin letters and digits (empty when not
    // installed): the CJK faces' own Latin letters read as a typewriter and
    // mistake l for 1. Qt chooses a face per script, so Chinese, and the
    // punctuation between Chinese characters, still comes from body or head.
    QString bodyLatin = {};
    QString headLatin = {};

    // Picks from the installed families (QFontDatabase::families() in the app); an
    // error names the Debian packages to install when none of the faces is there.
    static Result<ExportFonts> choose(const QStringList &installedFamilies);
    static Result<ExportFonts> installed();

    // A font of the body or head face at a pixel size, the other face as the first
    // fallback so that a character one lacks never goes to a system fallback font.
    QFont bodyFont(int pixelSize) const;
    QFont headFont(int pixelSize) const;
};

} // namespace Broadsheet
