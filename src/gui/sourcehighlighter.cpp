#include "sourcehighlighter.h"

#include <QTextDocument>

namespace Broadsheet {

namespace {
constexpr int kRoles = int(SourceLineInfo::Role::Dropped) + 1;
} // namespace

SourceHighlighter::SourceHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{}

QTextCharFormat SourceHighlighter::format(SourceLineInfo::Role role, Theme::Look look)
{
    const Theme::RoleStyle style = Theme::sourceRoleStyle(role, look);
    QTextCharFormat format;
    format.setForeground(style.foreground);
    if (style.bold)
        format.setFontWeight(QFont::Bold);
    format.setFontItalic(style.italic);
    format.setFontStrikeOut(style.strikeOut);
    return format;
}

void SourceHighlighter::setMap(const QList<SourceLineInfo> *map, Theme::Look look)
{
    m_map = map;
    m_formats.clear();
    for (int role = 0; role < kRoles; ++role)
        m_formats << format(SourceLineInfo::Role(role), look);
    rehighlight();
}

void SourceHighlighter::highlightBlock(const QString &text)
{
    const int line = currentBlock().blockNumber();
    if (!m_map || line < 0 || line >= m_map->size() || text.isEmpty())
        return;
    setFormat(0, int(text.size()), m_formats.value(int(m_map->at(line).role)));
}

} // namespace Broadsheet
