#include "articlehtml.h"

#include "articlepart.h"

#include "cjkpunctuation.h"
#include "conventions.h"
#include "datetext.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Broadsheet {

namespace {

QString familyList(const QStringList &candidates, const QString &generic)
{
    const QStringList installed = QFontDatabase::families();
    QStringList present;
    for (const QString &family : candidates) {
        if (installed.contains(family, Qt::CaseInsensitive))
            present << u'\'' + family + u'\'';
    }
    present << generic;
    return present.join(u", "_s);
}

// Every size in pixels, computed from the body size: Qt's rich text takes a
// percentage font size against the widget's font, not the body's, so with
// percentages the headline stayed put while the body zoomed past it.
QString css(const ArticleHtml::Style &style)
{
    const auto &c = style.colors;
    const auto px = [&](double scale) {
        return QString::number(std::max(1, int(std::lround(style.fontPixels * scale)))) + u"px"_s;
    };
    return uR"(
body { color: %1; background-color: %2; font-family: %3; font-size: %5; }
p { margin-top: 0px; margin-bottom: 0px; }
p.kicker { font-family: %4; font-size: %10; color: %6; margin-bottom: 6px; }
p.title { font-family: %4; font-size: %11; font-weight: 700; margin-top: 0px; margin-bottom: 8px; line-height: 135%; }
p.subtitle { font-family: %4; font-size: %12; color: %6; margin-bottom: 4px; line-height: 150%; }
p.byline { font-family: %4; font-size: %13; color: %6; margin-top: 10px; margin-bottom: 14px; }
p.meta { font-family: %4; font-size: %14; color: %6; margin-bottom: 20px; }
p.body { text-indent: %9; line-height: 175%; margin-bottom: 10px; }
span.dateline { font-weight: 700; }
p.caption { font-size: %13; color: %6; background-color: %8; margin-top: 6px; margin-bottom: 14px; line-height: 160%; }
p.notes { font-size: %15; color: %6; margin-top: 24px; }
p.note { font-size: %15; color: %6; margin-left: 16px; line-height: 150%; }
a { color: %7; text-decoration: none; }
p.message { font-family: %4; font-size: %16; color: %6; margin-top: 40px; }
p.desk { font-family: %4; font-size: %14; color: %6; margin-top: 0px; margin-bottom: 18px; }
span.tag { background-color: %8; color: %1; }
table.note { background-color: %8; margin-bottom: 20px; }
p.notehead { font-family: %4; font-size: %14; color: %6; margin-bottom: 4px; }
)"_s.arg(c.text.name(), c.page.name(), style.bodyFamilies, style.headlineFamilies, px(1.0),
         c.muted.name(), c.accent.name(), c.caption.name(),
         // two characters: Qt's rich text has no em for indents
         px(2.0))
        .arg(px(0.82), px(1.75), px(1.08), px(0.88), px(0.76), px(0.8), px(1.2));
}

QString paragraph(const QString &cssClass, const QString &text)
{
    return u"<p class=\"%1\">%2</p>\n"_s.arg(cssClass, text.toHtmlEscaped());
}

// A paragraph that stands for a part of the article: the part rides along as the
// block's user state, for ArticleView::partAt.
QString partParagraph(const QString &cssClass, const QString &text, ArticlePart part)
{
    return u"<p class=\"%1\" style=\"-qt-user-state:%2\">%3</p>\n"_s.arg(
        cssClass, QString::number(part.userState()), text.toHtmlEscaped());
}

} // namespace

// A Latin face first: Qt chooses a face per script, skipping faces without the
// script's writing system, so Latin letters and digits get DejaVu while Chinese
// (and the punctuation between Chinese characters) goes on to the CJK faces.
// AR PL UMing's own Latin letters read as a typewriter and mistake l for 1.
QString ArticleHtml::serifFamilies()
{
    return familyList({u"DejaVu Serif"_s, u"AR PL UMing CN"_s, u"AR PL UMing TW"_s,
                       u"AR PL UKai CN"_s, u"Noto Serif CJK SC"_s, u"Source Han Serif SC"_s,
                       u"Songti SC"_s, u"SimSun"_s, u"NSimSun"_s},
                      u"serif"_s);
}

QString ArticleHtml::sansFamilies()
{
    return familyList({u"DejaVu Sans"_s, u"WenQuanYi Zen Hei"_s, u"WenQuanYi Micro Hei"_s,
                       u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"PingFang SC"_s,
                       u"Microsoft YaHei"_s, u"SimHei"_s},
                      u"sans-serif"_s);
}

QString ArticleHtml::noteHtml(const QString &note)
{
    // Qt's Markdown reader, told to take no HTML: "<b>" stays text, and toHtml
    // escapes all text it writes. Links and images come out as markup, but the
    // reading pane neither follows links nor loads anything.
    QTextDocument document;
    document.setMarkdown(note,
                         QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                         QTextDocument::MarkdownNoHTML));
    const QString html = document.toHtml();
    const qsizetype bodyTag = html.indexOf(u"<body"_s);
    const qsizetype start = bodyTag < 0 ? -1 : html.indexOf(u'>', bodyTag);
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (start < 0 || end < start)
        return note.toHtmlEscaped();
    return html.mid(start + 1, end - start - 1);
}

QString ArticleHtml::render(const StoredArticle &stored, const Style &style, bool notesOpen,
                            const ArticleDesk &desk)
{
    const Article &article = stored.article;
    // The article's text as shown: the same length, so positions in it still hold.
    const auto shown = [&](const QString &text) {
        return style.fullWidthPunctuation ? CjkPunctuation::forDisplay(text) : text;
    };
    QString html = u"<html><head><style>"_s + css(style) + u"</style></head><body>\n"_s;
    if (article.kicker)
        html +=
            partParagraph(u"kicker"_s, shown(article.kicker->text), {ArticlePart::Kind::Kicker});
    // Not <h1>: Qt sets a heading at a fixed size step that no CSS size overrides.
    html +=
        partParagraph(u"title"_s, shown(stored.record.displayTitle()), {ArticlePart::Kind::Title});
    if (article.subtitle)
        html += partParagraph(u"subtitle"_s, shown(article.subtitle->text),
                              {ArticlePart::Kind::Subtitle});
    if (article.byline && !article.byline->isInline)
        html +=
            partParagraph(u"byline"_s, shown(article.byline->text), {ArticlePart::Kind::Byline});
    // Where it was printed, as far as it is known: the paper, the date, the
    // section. Never the file's name, which read as part of the byline.
    QStringList where = issueKnown(stored);
    // A section that only repeats its page (要闻, or the marker 第01版：要闻, on
    // 第1版 要闻) is not said twice.
    const bool repeatsPage = (!stored.pageNumber.isEmpty() || !stored.pageName.isEmpty()) &&
                             (stored.sectionTitle == stored.pageName ||
                              Conventions::pageMarker(stored.sectionTitle).has_value());
    if (!stored.sectionTitle.isEmpty() && !repeatsPage)
        where << shown(stored.sectionTitle);
    if (article.group)
        where << shown(article.group->title);
    if (!where.isEmpty())
        html += paragraph(u"meta"_s, where.join(u"  ·  "_s));
    if (!desk.tags.isEmpty() || !desk.collections.isEmpty()) {
        QStringList parts;
        for (const QString &tag : desk.tags)
            parts << u"<span class=\"tag\">&nbsp;%1&nbsp;</span>"_s.arg(tag.toHtmlEscaped());
        if (!desk.collections.isEmpty()) {
            QStringList names;
            for (const QString &name : desk.collections)
                names << name.toHtmlEscaped();
            parts << ArticleHtml::tr("In %1").arg(names.join(u", "_s));
        }
        html += u"<p class=\"desk\">"_s + parts.join(u"&nbsp; "_s) + u"</p>\n"_s;
    }
    if (!desk.note.trimmed().isEmpty()) {
        html +=
            u"<table class=\"note\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td>"_s +
            paragraph(u"notehead"_s, ArticleHtml::tr("Your note")) + noteHtml(desk.note) +
            u"</td></tr></table>\n"_s;
    }
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        const QString &text = article.paragraphs[i].text;
        // A dateline byline (本报讯…) opens the first paragraph in bold, as printed.
        const QString &dateline =
            i == 0 && article.byline && article.byline->isInline ? article.byline->text : QString();
        if (!dateline.isEmpty() && text.startsWith(dateline)) {
            // Converted whole, then cut: the marks around the cut see their neighbours.
            const QString whole = shown(text);
            html += u"<p class=\"body\" style=\"-qt-user-state:%1\"><span "
                    u"class=\"dateline\">%2</span>%3</p>\n"_s.arg(
                        QString::number(ArticlePart{ArticlePart::Kind::Paragraph, 0}.userState()),
                        whole.left(dateline.size()).toHtmlEscaped(),
                        whole.mid(dateline.size()).toHtmlEscaped());
        } else {
            html += partParagraph(u"body"_s, shown(text), {ArticlePart::Kind::Paragraph, int(i)});
        }
    }
    for (qsizetype i = 0; i < article.captions.size(); ++i)
        html += partParagraph(u"caption"_s, shown(article.captions[i].text),
                              {ArticlePart::Kind::Caption, int(i)});
    if (!article.notes.isEmpty()) {
        const QString label = notesOpen ? ArticleHtml::tr("▾ Notes from the parser (%n)", nullptr,
                                                          int(article.notes.size()))
                                        : ArticleHtml::tr("▸ Notes from the parser (%n)", nullptr,
                                                          int(article.notes.size()));
        html += u"<p class=\"notes\"><a href=\"%1\">%2</a></p>\n"_s.arg(
            QLatin1StringView(kNotesLink), label.toHtmlEscaped());
        if (notesOpen) {
            for (const QString &note : article.notes)
                html += paragraph(u"note"_s, note);
        }
    }
    return html + u"</body></html>"_s;
}

QString ArticleHtml::toolTip(const QString &plainText)
{
    return plainText.isEmpty() ? QString() : u"<qt>"_s + plainText.toHtmlEscaped() + u"</qt>"_s;
}

QStringList ArticleHtml::issueKnown(const StoredArticle &article)
{
    QStringList known;
    if (!article.paper.isEmpty())
        known << article.paper;
    if (article.date.isValid())
        known << DateText::full(article.date);
    // The page as printed: 第3版 要闻.
    QString page = article.pageNumber.isEmpty() ? QString() : DateText::page(article.pageNumber);
    if (!article.pageName.isEmpty())
        page = page.isEmpty() ? article.pageName : page + u' ' + article.pageName;
    if (!page.isEmpty())
        known << page;
    return known;
}

QString ArticleHtml::styleSheet(const Style &style)
{
    return css(style);
}

QString ArticleHtml::message(const QString &title, const QString &text, const Style &style)
{
    return u"<html><head><style>"_s + css(style) + u"</style></head><body>"_s +
           paragraph(u"message"_s, title) + paragraph(u"note"_s, text) + u"</body></html>"_s;
}

} // namespace Broadsheet
