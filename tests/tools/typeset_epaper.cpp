// Test data for the e-paper PDF route (issue 16): lays out articles of the
// project's reference parses as Chinese e-paper pages, varied by a seed, and
// writes what a perfect reader of them would find.
//
//   typeset_epaper --seed N --out DIR [--pages K] [--source DIR]
//
// DIR gets issue.pdf, issue.ref.json (the reference parse with each article's
// zones; see score_epaper.py) and issue.pdftotext.txt (what `pdftotext issue.pdf -`
// makes of it: the text route, to compare the PDF route with).

#include "epaperarticles.h"
#include "epapertypesetter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstdio>

using namespace EpaperTest;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "typeset_epaper: %s\n", qPrintable(message));
    return 1;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonArray rect(const QRectF &box)
{
    const auto round = [](qreal v) { return std::round(v * 100) / 100; };
    return {round(box.left()), round(box.top()), round(box.right()), round(box.bottom())};
}

QJsonObject reference(const TypesetIssue &issue, quint32 seed)
{
    QJsonArray pages;
    for (qsizetype p = 0; p < issue.pages.size(); ++p)
        pages.append(QJsonObject{
            {u"number"_s, int(p + 1)},
            {u"size"_s, QJsonArray{issue.pages[p].size.width(), issue.pages[p].size.height()}},
            {u"columns"_s, issue.columns[p]}});
    QJsonArray articles;
    for (const ReferenceArticle &article : issue.articles) {
        QJsonArray zones;
        for (const Zone &zone : article.zones)
            zones.append(QJsonObject{{u"page"_s, zone.page}, {u"box"_s, rect(zone.box)}});
        articles.append(
            QJsonObject{{u"id"_s, article.id},
                        {u"kicker"_s, textOrNull(article.text.kicker)},
                        {u"title"_s, textOrNull(article.text.title)},
                        {u"subtitle"_s, textOrNull(article.text.subtitle)},
                        {u"byline"_s, textOrNull(article.text.byline)},
                        {u"paragraphs"_s, QJsonArray::fromStringList(article.text.paragraphs)},
                        {u"captions"_s, QJsonArray::fromStringList(article.text.captions)},
                        {u"zones"_s, zones}});
    }
    QJsonArray jumps;
    for (const Jump &jump : issue.jumps)
        jumps.append(
            QJsonObject{{u"article"_s, jump.article}, {u"from"_s, jump.from}, {u"to"_s, jump.to}});
    return {{u"format"_s, 1},
            {u"seed"_s, qint64(seed)},
            {u"pages"_s, pages},
            {u"articles"_s, articles},
            {u"jumps"_s, jumps}};
}

bool save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a GUI application, not a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser args;
    args.addHelpOption();
    args.addOption({u"seed"_s, u"Chooses the articles and the layout."_s, u"N"_s});
    args.addOption({u"out"_s, u"Folder to write into."_s, u"DIR"_s});
    args.addOption({u"pages"_s, u"Pages to set (default 1)."_s, u"K"_s, u"1"_s});
    args.addOption({u"source"_s, u"Project folder with the reference parses."_s, u"DIR"_s,
                    QString::fromUtf8(BROADSHEET_SOURCE_DIR)});
    args.process(app);
    bool seedOk = false, pagesOk = false;
    const quint32 seed = args.value(u"seed"_s).toUInt(&seedOk);
    const int pages = args.value(u"pages"_s).toInt(&pagesOk);
    if (!seedOk || !args.isSet(u"out"_s) || !pagesOk || pages < 1 || pages > 16)
        return fail(u"usage: typeset_epaper --seed N --out DIR [--pages 1..16]"_s);
    // Without pdftotext there is no text route to compare with: say so rather
    // than leave a half-made folder.
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return fail(u"pdftotext is missing (Debian: poppler-utils)"_s);

    QString error;
    const QList<SourceUnit> units = loadUnits(args.value(u"source"_s), &error);
    if (!error.isEmpty())
        return fail(error);
    const FlowMeter meter;
    if (!meter.error().isEmpty())
        return fail(meter.error());
    TypesetIssue issue = typesetIssue(meter, units, seed, pages);

    const QDir out(args.value(u"out"_s));
    if (!out.mkpath(u"."_s))
        return fail(u"cannot make %1"_s.arg(out.path()));
    const QString pdf = out.filePath(u"issue.pdf"_s);
    QHash<QString, Placed> placed;
    error = writePdf(pdf, issue.pages, &placed);
    if (!error.isEmpty())
        return fail(error);
    issue.zonesFrom(placed);
    if (!save(out.filePath(u"issue.ref.json"_s),
              QJsonDocument(reference(issue, seed)).toJson(QJsonDocument::Indented)))
        return fail(u"cannot write %1"_s.arg(out.filePath(u"issue.ref.json"_s)));

    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return fail(
            u"pdftotext failed: %1"_s.arg(QString::fromLocal8Bit(process.readAllStandardError())));
    if (!save(out.filePath(u"issue.pdftotext.txt"_s), process.readAllStandardOutput()))
        return fail(u"cannot write %1"_s.arg(out.filePath(u"issue.pdftotext.txt"_s)));
    return 0;
}
