#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace Broadsheet {

// Where part of an article stands on a PDF page, for the page view: its box in
// PDF points from the page's top-left corner, on a 1-based page. An article has
// one zone per column run it fills, on one or more pages.
struct PageZone
{
    int articleId = 0;
    QString title;
    int page = 0;
    QRectF box;

    friend bool operator==(const PageZone &, const PageZone &) = default;
};

} // namespace Broadsheet
