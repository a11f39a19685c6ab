-- Schema version 2: full-text search over every article.
-- One row per article (rowid = articles.id): its headline parts, and its byline,
-- paragraphs and captions, each part on its own line. Contentless: the text
-- itself lives in the tables above; the index is filled by the application,
-- whose "broadsheet" tokenizer makes any string of characters searchable.
CREATE VIRTUAL TABLE article_search USING fts5 (
    head,
    body,
    content = '',
    tokenize = 'broadsheet'
);
