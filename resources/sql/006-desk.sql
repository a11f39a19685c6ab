-- Schema version 6: the researcher's desk. Collections (named lists of articles),
-- tags and a note per article, all of them the user's own work.
--
-- Desk rows name an article by its content, not by articles.id: the issue file's
-- bytes (issues.sha256) and the article's first line in that file. Removing an
-- issue and importing its file again gives its articles new ids, and a library
-- may be rebuilt from its files; the content key finds the same article again.
-- Rows whose article is not in the library (its file was removed) are kept: they
-- come back when the file does.

-- The first line of the file the article covers (StoredMetadata::firstLineOf):
-- with the file's sha256, the article's key on the desk. 0 until the upgrade fills it.
ALTER TABLE articles ADD COLUMN first_line INTEGER NOT NULL DEFAULT 0;
CREATE INDEX articles_by_first_line ON articles (issue_id, first_line);

-- created, added, updated: ISO 8601 in UTC, with milliseconds.
CREATE TABLE collections (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    name     TEXT    NOT NULL UNIQUE,
    created  TEXT    NOT NULL
);

-- title: the article's title as it was when added (or imported), so that an
-- entry whose file is gone can still be named in an export or a report.
CREATE TABLE collection_items (
    collection_id  INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
    sha256         TEXT    NOT NULL,
    first_line     INTEGER NOT NULL,
    position       INTEGER NOT NULL,
    added          TEXT    NOT NULL,
    title          TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (collection_id, sha256, first_line)
) WITHOUT ROWID;
CREATE INDEX collection_items_in_order ON collection_items (collection_id, position);
CREATE INDEX collection_items_by_article ON collection_items (sha256, first_line);

CREATE TABLE article_tags (
    sha256      TEXT    NOT NULL,
    first_line  INTEGER NOT NULL,
    tag         TEXT    NOT NULL,
    PRIMARY KEY (sha256, first_line, tag)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags (tag);

-- Plain text with light Markdown-like marks (**bold**, *italic*, lists), which
-- the reading pane renders; stored as typed.
CREATE TABLE article_notes (
    sha256      TEXT    NOT NULL,
    first_line  INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    updated     TEXT    NOT NULL,
    PRIMARY KEY (sha256, first_line)
) WITHOUT ROWID;
