#pragma once

// Shared by the export tests: the poppler tools that read exported PDFs back.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace ExportTest {

struct ToolRun
{
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;
};

// The path of a poppler tool, or empty; the tests fail (not skip) without them.
inline QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

inline QString missingToolMessage(const QString &name)
{
    return QStringLiteral("%1 is not installed: install poppler-utils "
                          "(packaging/debian-test-packages.txt)")
        .arg(name);
}

inline ToolRun runTool(const QString &name, const QStringList &arguments)
{
    ToolRun run;
    const QString path = tool(name);
    if (path.isEmpty())
        return run;
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return run;
    }
    run.started = true;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The text layer, one string per page (pdftotext ends each page with a form feed).
inline QStringList pdfPages(const QString &pdf)
{
    const ToolRun run =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!run.started || run.exitCode != 0)
        return {};
    QStringList pages = run.out.split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// pdffonts' table: one row per font, the columns as it names them.
struct FontRow
{
    QString name;
    QString type;
    bool embedded = false;
};

inline QList<FontRow> pdfFonts(const QString &pdf)
{
    const ToolRun run = runTool(QStringLiteral("pdffonts"), {pdf});
    QList<FontRow> rows;
    if (!run.started || run.exitCode != 0)
        return rows;
    // name  type (may contain spaces)  encoding  emb sub uni  object ID
    static const QRegularExpression row(QStringLiteral(
        "^(\\S+)\\s+(.+?)\\s+(\\S+)\\s+(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
    for (const QString &line : run.out.split(u'\n')) {
        const auto match = row.match(line.trimmed());
        if (match.hasMatch())
            rows.append({match.captured(1), match.captured(2), match.captured(4) == u"yes"});
    }
    return rows;
}

// pdfinfo's "Key: value" lines.
inline QString pdfInfo(const QString &pdf, const QString &key)
{
    const ToolRun run =
        runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
    for (const QString &line : run.out.split(u'\n')) {
        if (line.startsWith(key + u':'))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

} // namespace ExportTest
