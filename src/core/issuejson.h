#pragma once

#include "issue.h"

#include <QJsonObject>

namespace Broadsheet {

// The parsed-issue JSON, format 1 (docs: issue-json.md): a stable export that
// researchers script against. Fields may be added, never renamed or dropped.
class IssueJson
{
public:
    static constexpr int kFormat = 1;

    static QJsonObject toJson(const Issue &issue);
    static QJsonObject toJson(const Article &article);
};

} // namespace Broadsheet
