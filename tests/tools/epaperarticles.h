#pragma once

// The articles the e-paper typesetter lays out: taken from the project's own
// reference parses of text issues (*.gold.json and the issue file beside each),
// so that the generated pages carry real Chinese newspaper prose and headlines.

#include <QList>
#include <QString>
#include <QStringList>

namespace EpaperTest {

struct SourceArticle
{
    QString kicker, title, subtitle;
    QString byline; // a byline on a line of its own; an inline one stays in the text
    QStringList paragraphs;
    QStringList captions;
};

// What is laid out as one piece: an article, or short pieces under a banner.
struct SourceUnit
{
    QString banner; // empty for a lone article
    QList<SourceArticle> articles;
};

// Every usable unit of the reference parses under `sourceDir` (seeds/, tests/data/),
// in a fixed order. `error` says what could not be read.
QList<SourceUnit> loadUnits(const QString &sourceDir, QString *error);

// A paragraph without the jump markers (（下转第二版）) the text issues print:
// the typesetter sets its own, and they are not article text.
QString withoutJumpMarkers(const QString &text);

} // namespace EpaperTest
