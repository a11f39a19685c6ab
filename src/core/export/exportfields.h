#pragma once

#include "libraryrecords.h"

#include <QString>
#include <QStringList>

namespace Broadsheet::ExportFields {

// The fields every citation and export takes from an article, chosen once so that
// they agree: what one format calls the page, another does not print differently.

// The page as cited: a number without its leading zeros (03 → 3), anything else
// (A2, 三) as printed.
QString citedPage(const QString &printed);
// The section: the section's title, else the page's name (要闻), else empty.
QString section(const StoredArticle &stored);
// The text of the article: its paragraphs, then its captions, one per entry.
QStringList bodyParagraphs(const Article &article);
// Where it was printed, as far as it is known: the paper, the day, the page (第3版
// in Chinese), the section; else the title.
QStringList where(const StoredArticle &stored);
// The subtitle without the dash that opens many (——记…).
QString subtitle(const StoredArticle &stored);

} // namespace Broadsheet::ExportFields
