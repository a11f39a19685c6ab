// libFuzzer target: text boxes as Poppler might report them on e-paper pages,
// decoded from the fuzzer's bytes → lines, reading order and the parser's text
// (PdfLayout) → the positioned issue, its zones and JSON, checking what every
// read must hold. Poppler itself is not fuzzed here: it is a system library built
// without coverage, and OSS-Fuzz fuzzes it continuously (its qt_* targets
// included); what Broadsheet adds on top of it, the geometry, is fuzzed here.
//   packaging/fuzz.sh 600
#include "issuejson.h"
#include "pdftextsource.h"
#include "positionedissue.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace Broadsheet;

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

// Each box takes 7 bytes: page, x, y, width, height, a character, flags. The
// characters come from a small set that the parser's rules react to.
PdfDocumentText boxesFrom(const uint8_t *data, size_t size)
{
    static const QString alphabet =
        QStringLiteral("本报讯记者摄图为第版要闻——(),。:“”1234 aA新华社电");
    PdfDocumentText document;
    const int pages = size > 0 ? 1 + data[0] % 3 : 1;
    for (int p = 0; p < pages; ++p)
        document.pages.append(PdfPageText{p + 1, QSizeF(400, 560), {}});
    for (size_t i = 1; i + 7 <= size; i += 7) {
        const uint8_t *b = data + i;
        PdfPageText &page = document.pages[b[0] % pages];
        const qreal x = b[1] * 1.5, y = b[2] * 2.2;
        const qreal w = 1 + b[3] % 64, h = 1 + b[4] % 40;
        QString text(alphabet[b[5] % alphabet.size()]);
        if (b[6] & 0x80)
            text.append(alphabet[(b[5] / 7) % alphabet.size()]);
        page.boxes.append({text, QRectF(x, y, w, h), bool(b[6] & 1)});
    }
    return document;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 7 * 4000) // a page holds a few thousand boxes at most
        return 0;
    auto issueText = PdfIssueText::fromDocument(boxesFrom(data, size));
    if (!issueText) {
        require(!issueText.errorMessage().isEmpty());
        return 0;
    }
    const PositionedText positioned = PdfTextSourceInProcess::positioned(*issueText);
    const Issue issue = PositionedIssue::parse(positioned, QStringLiteral("fuzz.pdf"));
    require(issue.metadata.pages.size() == issue.layout.pageSizes.size());
    for (const PrintedLine &line : issue.layout.lines) {
        require(line.line >= 1 && line.line <= issue.source.lines);
        require(line.page >= 1 && line.page <= issue.layout.pageSizes.size());
    }
    for (const Section &section : issue.sections)
        for (const Article &article : section.articles)
            for (const Zone &zone : issue.layout.zonesOf(article.lines()))
                require(zone.page >= 1 && zone.box.isValid());
    const auto back = PositionedText::fromJson(positioned.toJson());
    require(back.ok() && back->layout == positioned.layout);
    require(!QJsonDocument(IssueJson::toJson(issue)).toJson(QJsonDocument::Compact).isEmpty());
    return 0;
}
