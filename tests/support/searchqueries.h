#pragma once

// Queries that every way of searching must count alike, over the test issues
// (TestData::issuePaths(), the same files tst_cli imports): tst_search checks
// the library against a plain scan written in the test, tst_cli checks
// `broadsheet-cli search` against the library, tst_searchresultsmodel the
// app's search panel against the library. One of every operator and field.

#include <QStringList>

namespace SearchQueries {

inline QStringList shared()
{
    return {
        QStringLiteral("市"),
        QStringLiteral("项目 发展"),
        QStringLiteral("\"项目 发展\""),
        QStringLiteral("\"抓环境 抓项目\""),
        QStringLiteral("项目 -发展"),
        QStringLiteral("-的"),
        QStringLiteral("-的 -市"),
        QStringLiteral("项目 OR 医院"),
        QStringLiteral("项目|医院 记者"),
        QStringLiteral("项目 OR"),
        QStringLiteral("title:项目"),
        QStringLiteral("-title:项目 项目"),
        QStringLiteral("title:\"抓项目\""),
        QStringLiteral("author:田蓓蕾"),
        QStringLiteral("author:张 OR author:王"),
        QStringLiteral("柴伟 -author:王茵"),
        QStringLiteral("section:要闻"),
        QStringLiteral("section:要聞 记者"),
        QStringLiteral("page:2"),
        QStringLiteral("page:a2 OR page:1"),
        QStringLiteral("page:第5版 -section:文旅"),
        QStringLiteral("\"项目 建设\"~5"),
        QStringLiteral("\"项目 建设\"~0"),
        QStringLiteral("项目 -\"项目 建设\"~3"),
        QStringLiteral("title:\"项目 建设\"~10"),
        QStringLiteral("發展 記者"),
        QStringLiteral("规划 -\"城市 发展\""),
        QStringLiteral("AND OR NOT"),
        QStringLiteral("医院 OR -记者"),
    };
}

} // namespace SearchQueries
