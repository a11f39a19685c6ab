#pragma once

#include "deskexportitem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Broadsheet {

// Articles as Markdown (CommonMark), for a researcher's notes: per article a
// `# title`, the kicker and subtitle, a line with where it was printed (paper ·
// date · page), the byline, the paragraphs, the captions, the desk note as a
// blockquote and the tags. UTF-8, no byte order mark.
class MarkdownExporter
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::MarkdownExporter)

public:
    static QByteArray render(const QList<DeskExportItem> &items);

    // Article text is data, not markup: the characters that would make it markup
    // (emphasis, links, HTML, code) are escaped with a backslash everywhere, and
    // those that only mean something at the start of a line (headings, lists,
    // quotes, rules) only there. Everything else, Chinese punctuation included,
    // is left as it is.
    static QString escaped(const QString &text);
};

} // namespace Broadsheet
