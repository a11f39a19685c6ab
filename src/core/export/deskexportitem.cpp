#include "deskexportitem.h"

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

struct Named
{
    DeskFormat format;
    QStringView name;
};

constexpr Named kNames[] = {
    {DeskFormat::Ris, u"ris"},   {DeskFormat::CslJson, u"csl-json"},
    {DeskFormat::Csv, u"csv"},   {DeskFormat::Markdown, u"markdown"},
    {DeskFormat::Epub, u"epub"},
};

} // namespace

QString deskFormatName(DeskFormat format)
{
    for (const Named &named : kNames) {
        if (named.format == format)
            return named.name.toString();
    }
    return {};
}

std::optional<DeskFormat> deskFormatFromName(QStringView name)
{
    for (const Named &named : kNames) {
        if (name.compare(named.name, Qt::CaseInsensitive) == 0)
            return named.format;
    }
    return std::nullopt;
}

QStringList deskFormatNames()
{
    QStringList names;
    for (const Named &named : kNames)
        names << named.name.toString();
    return names;
}

} // namespace Broadsheet
