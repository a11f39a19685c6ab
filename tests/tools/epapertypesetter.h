#pragma once

// Lays out articles as the pages of a Chinese e-paper, varied by a seed: 3–6
// columns, headlines across an article's columns, kickers and subtitles, grey
// photos with their captions, a column banner over short pieces, text running
// from column to column, and with more than one page an article jumped to the
// next page (（下转第2版） / （上接第1版） under the repeated title). It keeps what
// it placed where, so that the reference parse comes from the page itself.

#include "epaperarticles.h"
#include "epaperwriter.h"

#include <QHash>
#include <QRectF>

namespace EpaperTest {

struct Zone
{
    int page = 1;
    QRectF box;
};

struct ReferenceArticle
{
    int id = 0;
    SourceArticle text; // exactly what was set, jump markers aside
    QStringList flows;  // the flows set for it, by name
    QList<Zone> zones;  // filled by zonesFrom()
};

struct Jump
{
    int article = 0;
    int from = 0, to = 0;
};

struct TypesetIssue
{
    QList<Page> pages;
    QList<int> columns; // per page
    QList<ReferenceArticle> articles;
    QList<Jump> jumps;
    QHash<QString, int> flowPage; // 1-based page of each flow

    // Each article's zones: per frame of its flows, the box around its lines.
    void zonesFrom(const QHash<QString, Placed> &placed);
};

TypesetIssue typesetIssue(const FlowMeter &meter, const QList<SourceUnit> &units, quint32 seed,
                          int pageCount);

} // namespace EpaperTest
