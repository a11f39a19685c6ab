// libFuzzer target: bytes → decoder → parser → JSON, checking what every
// parse must hold. Built with clang (see tests/fuzz/CMakeLists.txt):
//   packaging/fuzz.sh 600        # ten minutes, from the seed corpus
#include "issuejson.h"
#include "issueparser.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <set>

using namespace Broadsheet;

namespace {

void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkLines(const QList<int> &lines, int lineCount, std::set<int> *seen)
{
    require(!lines.isEmpty());
    for (int line : lines) {
        require(line >= 1 && line <= lineCount);
        if (seen)
            seen->insert(line);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto issue = IssueParser::parse(bytes, QStringLiteral("fuzz.txt"));
    if (!issue) {
        require(!issue.errorMessage().isEmpty());
        return 0;
    }
    const int lineCount = issue->source.lines;
    int expectedId = 0;
    std::set<int> bodyLines;
    for (const Section &section : issue->sections) {
        if (section.line)
            require(*section.line >= 1 && *section.line <= lineCount);
        for (const Article &article : section.articles) {
            require(article.id == ++expectedId); // 1-based, in reading order
            for (const auto *part : {&article.kicker, &article.title, &article.subtitle}) {
                if (*part)
                    checkLines((*part)->lines, lineCount, nullptr);
            }
            if (article.byline)
                checkLines(article.byline->lines, lineCount, nullptr);
            for (const Paragraph &paragraph : article.paragraphs) {
                // A body line belongs to one paragraph only.
                for (int line : paragraph.lines)
                    require(bodyLines.insert(line).second);
                checkLines(paragraph.lines, lineCount, nullptr);
            }
            for (const Caption &caption : article.captions)
                checkLines(caption.lines, lineCount, nullptr);
        }
    }
    for (const UnplacedLine &line : issue->unplaced)
        require(line.line >= 1 && line.line <= lineCount);
    const QByteArray json = QJsonDocument(IssueJson::toJson(*issue)).toJson(QJsonDocument::Compact);
    require(!json.isEmpty());
    return 0;
}
