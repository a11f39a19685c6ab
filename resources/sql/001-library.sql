-- Broadsheet library, schema version 1: issues and everything the parser found in them.
-- Statements end with a semicolon at the end of a line. Kept to portable SQL where
-- that costs nothing (a PostgreSQL backend is planned).

CREATE TABLE issues (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    source_path  TEXT    NOT NULL,
    sha256       TEXT    NOT NULL UNIQUE,
    encoding     TEXT    NOT NULL,
    bom          INTEGER NOT NULL DEFAULT 0,
    title        TEXT    NOT NULL,
    paper        TEXT,
    issue_date   TEXT,
    masthead_line INTEGER,
    line_count   INTEGER NOT NULL,
    byte_count   INTEGER NOT NULL,
    imported_at  TEXT    NOT NULL
);
CREATE INDEX issues_by_path ON issues (source_path);

CREATE TABLE sections (
    id        INTEGER PRIMARY KEY,
    issue_id  INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    title     TEXT    NOT NULL,
    line      INTEGER
);
CREATE INDEX sections_by_issue ON sections (issue_id, position);

CREATE TABLE article_groups (
    id          INTEGER PRIMARY KEY,
    section_id  INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    line        INTEGER NOT NULL
);
CREATE INDEX article_groups_by_section ON article_groups (section_id);

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    issue_id        INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    section_id      INTEGER NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    group_id        INTEGER REFERENCES article_groups (id) ON DELETE CASCADE,
    number          INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    kicker          TEXT,
    kicker_lines    TEXT,
    title           TEXT,
    title_lines     TEXT,
    subtitle        TEXT,
    subtitle_lines  TEXT,
    byline          TEXT,
    byline_lines    TEXT,
    byline_inline   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_by_issue ON articles (issue_id, position);
CREATE INDEX articles_by_section ON articles (section_id, position);
CREATE INDEX articles_by_group ON articles (group_id);

CREATE TABLE article_authors (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX article_authors_by_name ON article_authors (name);

CREATE TABLE paragraphs (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    lines       TEXT    NOT NULL,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE captions (
    article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    lines       TEXT    NOT NULL,
    credit      TEXT,
    PRIMARY KEY (article_id, position)
) WITHOUT ROWID;

CREATE TABLE credits (
    issue_id  INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    role      TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    line      INTEGER NOT NULL,
    PRIMARY KEY (issue_id, position)
) WITHOUT ROWID;

-- Notes on the issue (article_id NULL) or on one article.
CREATE TABLE notes (
    issue_id    INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    article_id  INTEGER REFERENCES articles (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT    NOT NULL
);
CREATE INDEX notes_by_issue ON notes (issue_id, article_id, position);

CREATE TABLE unplaced_lines (
    issue_id  INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    line      INTEGER NOT NULL,
    text      TEXT    NOT NULL,
    PRIMARY KEY (issue_id, line)
) WITHOUT ROWID;
