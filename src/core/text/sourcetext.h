#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Broadsheet {

// One non-blank line of an issue file.
struct SourceLine
{
    int number = 0;        // 1-based, as an editor shows it
    QStringView text;      // without surrounding white space
    int blanksBefore = 0;  // blank lines since the previous non-blank line
    bool indented = false; // opens with white space (often two ideographic spaces)
};

// The decoded text of an issue split into lines. CRLF, LF and a lone CR each end
// one line. Views point into the text, so a SourceText is neither copied nor moved.
class SourceText
{
public:
    explicit SourceText(QString text);
    SourceText(const SourceText &) = delete;
    SourceText &operator=(const SourceText &) = delete;

    const QList<SourceLine> &lines() const { return m_lines; }
    int lineCount() const { return m_lineCount; }
    // Most body lines open with ideographic spaces and no blank lines separate them.
    bool isIndentedLayout() const { return m_indentedLayout; }

private:
    QString m_text;
    QList<SourceLine> m_lines;
    int m_lineCount = 0;
    bool m_indentedLayout = false;
};

} // namespace Broadsheet
