#pragma once

// Three e-paper pages of invented papers, laid out as Chinese newspapers are, with
// what a reader finds on them: the order their text is read in and the articles.

#include "epaperwriter.h"

namespace EpaperTest {

struct ExpectedArticle
{
    QString title;
    QStringList authors;
};

struct Layout
{
    QString name;
    QList<Page> pages;
    QStringList readingOrder; // the flows' names, as a reader reads them
    QList<ExpectedArticle> articles;
    // The flow whose paragraph runs from the foot of one column to the top of the next.
    QString continuedFlow;
};

QList<Layout> layouts();

} // namespace EpaperTest
