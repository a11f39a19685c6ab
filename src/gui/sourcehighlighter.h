#pragma once

#include "sourcemap.h"
#include "theme.h"

#include <QSyntaxHighlighter>

namespace Broadsheet {

// Sets each line of the source view in its role's colour (Theme::sourceRoleStyle).
// A highlighter, not formats in the document: Qt formats only the lines it lays
// out, and a change of look redoes them without touching the text.
class SourceHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SourceHighlighter(QTextDocument *document);
    // `map` outlives the highlighter's use of it (the view owns both).
    void setMap(const QList<SourceLineInfo> *map, Theme::Look look);
    static QTextCharFormat format(SourceLineInfo::Role role, Theme::Look look);

protected:
    void highlightBlock(const QString &text) override;

private:
    const QList<SourceLineInfo> *m_map = nullptr;
    QList<QTextCharFormat> m_formats; // by role
};

} // namespace Broadsheet
