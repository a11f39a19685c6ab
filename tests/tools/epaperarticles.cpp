#include "epaperarticles.h"

#include "textdecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

using namespace Broadsheet;
using namespace Qt::StringLiterals;

namespace EpaperTest {

namespace {

QString lineText(const QStringList &lines, int number)
{
    return withoutJumpMarkers(lines.value(number - 1)).trimmed();
}

// Lines of one paragraph: Chinese runs on without a space, Latin words get one.
QString joined(const QStringList &lines, const QJsonArray &numbers)
{
    QString text;
    for (const QJsonValue &number : numbers) {
        const QString line = lineText(lines, number.toInt());
        if (!text.isEmpty() && !line.isEmpty() && text.back().unicode() < 0x80 &&
            line.front().unicode() < 0x80)
            text += u' ';
        text += line;
    }
    return text;
}

QString headPart(const QJsonObject &article, const QString &key)
{
    return article.value(key).toString().trimmed();
}

// A continuation (（上接第一版） under a repeated title) is the second half of an
// article the text issue cut: not an article of its own to lay out again.
bool isContinuation(const QJsonObject &article, const QStringList &lines)
{
    const QJsonArray body = article.value("body"_L1).toArray();
    if (body.isEmpty())
        return false;
    const QString first = lines.value(body[0].toArray().first().toInt() - 1);
    return first.contains(u"上接"_s) && first.indexOf(u"上接"_s) < 3;
}

std::optional<SourceArticle> article(const QJsonObject &gold, const QStringList &lines)
{
    SourceArticle out;
    out.kicker = headPart(gold, u"kicker"_s);
    out.title = headPart(gold, u"title"_s);
    out.subtitle = headPart(gold, u"subtitle"_s);
    QSet<int> bodyLines;
    for (const QJsonValue &paragraph : gold.value("body"_L1).toArray()) {
        for (const QJsonValue &line : paragraph.toArray())
            bodyLines.insert(line.toInt());
        const QString text = joined(lines, paragraph.toArray());
        if (!text.isEmpty())
            out.paragraphs.append(text);
    }
    const QJsonArray byline = gold.value("byline"_L1).toArray();
    bool inline_ = false;
    for (const QJsonValue &line : byline)
        inline_ = inline_ || bodyLines.contains(line.toInt());
    if (!inline_)
        out.byline = joined(lines, byline);
    for (const QJsonValue &caption : gold.value("captions"_L1).toArray())
        out.captions.append(joined(lines, caption.toObject().value("lines"_L1).toArray()));
    // Photo items (a caption alone) and pieces without a headline are left out:
    // the layouts set every article under a headline.
    if (out.title.isEmpty() || out.paragraphs.isEmpty() || isContinuation(gold, lines))
        return std::nullopt;
    return out;
}

void addIssue(const QString &goldPath, QList<SourceUnit> &units, QString *error)
{
    QFile goldFile(goldPath);
    if (!goldFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(goldPath);
        return;
    }
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
    QFile issueFile(QFileInfo(goldPath).dir().filePath(gold.value("file"_L1).toString()));
    if (!issueFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(issueFile.fileName());
        return;
    }
    const Result<DecodedText> decoded = TextDecoder::decode(issueFile.readAll());
    if (!decoded) {
        *error = decoded.errorMessage();
        return;
    }
    const QStringList lines = decoded->text.split(QRegularExpression(u"\r\n|\r|\n"_s));
    QMap<QString, QString> banners; // group id → its printed title
    for (const QJsonValue &group : gold.value("groups"_L1).toArray())
        banners.insert(group["id"_L1].toString(), group["title"_L1].toString());
    QMap<QString, SourceUnit> grouped;
    for (const QJsonValue &value : gold.value("articles"_L1).toArray()) {
        const std::optional<SourceArticle> piece = article(value.toObject(), lines);
        if (!piece)
            continue;
        const QString group = value["group"_L1].toString();
        if (group.isEmpty() || !banners.contains(group)) {
            units.append(SourceUnit{{}, {*piece}});
        } else {
            grouped[group].banner = banners[group];
            grouped[group].articles.append(*piece);
        }
    }
    for (const SourceUnit &unit : std::as_const(grouped)) {
        if (unit.articles.size() >= 2)
            units.append(unit);
        else // a group of one is no group: set it as a lone article
            units.append(SourceUnit{{}, unit.articles});
    }
}

} // namespace

QString withoutJumpMarkers(const QString &text)
{
    static const QRegularExpression marker(u"[（(](?:下转|上接)第.{1,4}版[）)]"_s);
    QString out = text;
    return out.remove(marker);
}

QList<SourceUnit> loadUnits(const QString &sourceDir, QString *error)
{
    QStringList golds;
    for (const QString &folder : {u"seeds"_s, u"tests/data"_s}) {
        QDirIterator it(QDir(sourceDir).filePath(folder), {u"*.gold.json"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            golds.append(it.next());
    }
    golds.sort(); // the same units, in the same order, on every machine
    QList<SourceUnit> units;
    for (const QString &gold : std::as_const(golds)) {
        addIssue(gold, units, error);
        if (!error->isEmpty())
            return {};
    }
    if (units.isEmpty())
        *error = u"no reference parses under %1"_s.arg(sourceDir);
    return units;
}

} // namespace EpaperTest
