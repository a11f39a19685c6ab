#pragma once

#include "issue.h"

#include <QJsonDocument>
#include <QJsonObject>

class QIODevice;

namespace Broadsheet {

// The parsed-issue JSON, format 1 (docs: issue-json.md): a stable export that
// researchers script against. Fields may be added, never renamed or dropped.
class IssueJson
{
public:
    static constexpr int kFormat = 1;

    static QJsonObject toJson(const Issue &issue);
    // For an issue read from a PDF, `layout` gives each article its zones.
    static QJsonObject toJson(const Article &article, const PageLayout &layout = {});
    // The same document, written an article at a time: a 50 MB issue never
    // becomes one JSON tree in memory.
    static bool write(const Issue &issue, QIODevice *device,
                      QJsonDocument::JsonFormat format = QJsonDocument::Indented);
};

} // namespace Broadsheet
