-- Schema version 5: the archive. A row of `issues` is one issue *file*; it holds
-- one or more pages of a newspaper issue, and the newspaper issue is every file
-- of one paper on one date (grouped by paper and issue_date, pages in order by
-- pages.sort_key). Each value remembers where it came from: 'user', 'text',
-- 'path' or 'guess' (MetadataSource); NULL where there is no value.
ALTER TABLE issues ADD COLUMN paper_source TEXT;
ALTER TABLE issues ADD COLUMN date_source TEXT;
ALTER TABLE issues ADD COLUMN edition TEXT;
ALTER TABLE issues ADD COLUMN edition_source TEXT;
-- Kept with the issue so that the tree counts articles without reading them.
ALTER TABLE issues ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
UPDATE issues SET article_count = (SELECT COUNT(*) FROM articles WHERE articles.issue_id = issues.id);
UPDATE issues SET paper_source = 'text' WHERE paper IS NOT NULL;
UPDATE issues SET date_source = 'text' WHERE issue_date IS NOT NULL;
CREATE INDEX issues_by_paper_date ON issues (paper, issue_date);
CREATE INDEX issues_by_date ON issues (issue_date);

-- The pages of each file, in the order of the file.
CREATE TABLE pages (
    issue_id       INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    number         TEXT,
    number_source  TEXT,
    name           TEXT,
    name_source    TEXT,
    -- Orders the pages of one newspaper issue: 1 < 2 < 12, A1 < A2 < B1.
    sort_key       INTEGER NOT NULL,
    first_line     INTEGER NOT NULL,
    last_line      INTEGER NOT NULL,
    PRIMARY KEY (issue_id, position)
) WITHOUT ROWID;

-- pages.position of the page an article starts on; NULL when its file has no pages.
ALTER TABLE articles ADD COLUMN page INTEGER;

-- What the user set, keyed by the file's content (issues.sha256), not by the
-- issue's id: it survives removing the issue and importing the file again.
-- field: newspaper, date, edition, page_number, page_name; page: the page's
-- position for page fields, -1 otherwise.
CREATE TABLE user_metadata (
    sha256  TEXT    NOT NULL,
    field   TEXT    NOT NULL,
    page    INTEGER NOT NULL DEFAULT -1,
    value   TEXT    NOT NULL,
    PRIMARY KEY (sha256, field, page)
) WITHOUT ROWID;
