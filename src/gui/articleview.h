#pragma once

#include "articlehtml.h"
#include "articlepart.h"
#include "libraryrecords.h"
#include "theme.h"

#include <QTextBlockFormat>
#include <QTextBrowser>

#include <optional>

namespace Broadsheet {

// The reading pane: one article set like a page. It never loads anything from
// outside (no images, no links followed), and keeps the text column readable.
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    static constexpr int kMinZoom = 50;
    static constexpr int kMaxZoom = 300;

    explicit ArticleView(QWidget *parent = nullptr);

    // With the reader's tags, collections and note on it (the head shows them).
    void showArticle(const StoredArticle &article, const ArticleDesk &desk = {});
    const ArticleDesk &desk() const { return m_desk; }
    void showMessage(const QString &title, const QString &text);
    // A contents page: the articles' headlines, each a link (articleLinkActivated).
    void showContents(const QString &heading, const QList<StoredArticle> &articles,
                      bool acrossIssues = false);
    bool isShowingContents() const { return m_contents.has_value(); }
    std::optional<qint64> articleId() const;
    const StoredArticle *article() const { return m_article ? &*m_article : nullptr; }
    int characterCount() const; // characters of the article's text, white space left out

    void setLook(Theme::Look look);
    Theme::Look look() const { return m_look; }
    void setZoomPercent(int percent);
    int zoomPercent() const { return m_zoom; }
    void zoomBy(int steps);
    // Half-width , ; : ! ? ( ) between Chinese characters shown full width (the
    // default); the text itself, and what search finds, is the same either way.
    void setFullWidthPunctuation(bool on);
    bool fullWidthPunctuation() const { return m_fullWidthPunctuation; }

    // The part of the article (its title, a paragraph, a caption) at a position
    // of the document, if the position is in one: the source view's link.
    std::optional<ArticlePart> partAt(int position) const;
    // Marks a part with a tint and scrolls it into view (none: the mark goes).
    // Kept over restyling; another article clears it.
    void highlightPart(std::optional<ArticlePart> part);
    std::optional<ArticlePart> highlightedPart() const { return m_highlighted; }

signals:
    void zoomChanged(int percent);
    void previousArticleRequested();
    void nextArticleRequested();
    void articleLinkActivated(qint64 articleId); // on a contents page
    // Another article or message is shown.
    void documentReplaced();
    // The same text drawn again: another look, zoom, or the notes opened.
    void documentRestyled();
    // The reader put the cursor in a part of the article (clicked it, or moved
    // the cursor there); not sent when the pane sets a new document.
    void partActivated(Broadsheet::ArticlePart part);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Change { Replaced, Restyled };
    void render(Change change = Change::Restyled);
    void fitColumn();
    ArticleHtml::Style style() const;
    void markHighlighted();
    void unmarkHighlighted();

    std::optional<StoredArticle> m_article;
    ArticleDesk m_desk;
    std::optional<std::pair<QString, QString>> m_message;
    std::optional<std::pair<QString, QList<StoredArticle>>> m_contents;
    bool m_acrossIssues = false; // the contents page's articles come from many issues
    bool m_notesOpen = false;
    Theme::Look m_look = Theme::Look::Light;
    int m_zoom = 100;
    bool m_fullWidthPunctuation = true;
    std::optional<ArticlePart> m_highlighted;
    QList<std::pair<int, QTextBlockFormat>> m_tinted; // the marked blocks, as they were
    bool m_rendering = false;
};

} // namespace Broadsheet
