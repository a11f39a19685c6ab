-- Schema version 5: the archive. A row of `issues` is one issue *file*; it holds
-- one or more pages of a newspaper issue, and the newspaper issue is every file
-- of one paper on one date (grouped by paper and issue_date, pages in order by
-- pages.sort_key). Each value remembers where it came from: 'user', 'text',
-- 'path' or 'guess' (MetadataSource); NULL where there is no value.
ALTER TABLE issues ADD COLUMN paper_source TEXT;
ALTER TABLE issues ADD COLUMN date_source TEXT;
ALTER TABLE issues ADD COLUMN edition TEXT;
ALTER TABLE issues ADD COLUMN edition_source TEXT;
-- Kept with the issue so that the tree counts articles and pages without reading them.
ALTER TABLE issues ADD COLUMN article_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE issues ADD COLUMN page_count INTEGER NOT NULL DEFAULT 0;
-- What was detected (IssueMetadata as JSON: text, path, guess; never the user's),
-- so that removing what the user set shows the detected value again, and the
-- issue as parsed (Library::loadIssue) keeps what its text says.
ALTER TABLE issues ADD COLUMN detected TEXT;
UPDATE issues SET article_count = (SELECT COUNT(*) FROM articles WHERE articles.issue_id = issues.id);
UPDATE issues SET paper_source = 'text' WHERE paper IS NOT NULL;
UPDATE issues SET date_source = 'text' WHERE issue_date IS NOT NULL;
-- Covers the archive's tree (papers, years, months: Library::newspapers and on),
-- which reads no row of the table itself.
CREATE INDEX issues_by_paper_date ON issues (paper, issue_date, article_count);
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

-- The archive's tree without reading every file: per paper and year, the
-- newspaper issues (distinct dates; in year 0, the undated files, each an issue)
-- and their articles. Kept by the triggers below; Library::newspapers and
-- Library::years read only this table, however large the library grows.
CREATE TABLE archive_years (
    paper     TEXT    NOT NULL, -- '' for the files whose paper is unknown
    year      INTEGER NOT NULL, -- 0 for the undated files
    issues    INTEGER NOT NULL,
    articles  INTEGER NOT NULL,
    PRIMARY KEY (paper, year)
) WITHOUT ROWID;
INSERT INTO archive_years (paper, year, issues, articles)
    SELECT coalesce(paper, ''), coalesce(CAST(substr(issue_date, 1, 4) AS INTEGER), 0),
           count(DISTINCT issue_date) + sum(issue_date IS NULL), sum(article_count)
    FROM issues GROUP BY 1, 2;

-- A file counts as an issue when no other file of its paper has its date (or
-- when it has no date); the same test, with the file left out, when it goes.
CREATE TRIGGER archive_years_insert AFTER INSERT ON issues BEGIN
    INSERT OR IGNORE INTO archive_years (paper, year, issues, articles)
        VALUES (coalesce(NEW.paper, ''),
                coalesce(CAST(substr(NEW.issue_date, 1, 4) AS INTEGER), 0), 0, 0);
    UPDATE archive_years
        SET issues = issues + (NEW.issue_date IS NULL OR NOT EXISTS (
                SELECT 1 FROM issues o WHERE o.paper IS NEW.paper
                AND o.issue_date = NEW.issue_date AND o.id <> NEW.id)),
            articles = articles + NEW.article_count
        WHERE paper = coalesce(NEW.paper, '')
          AND year = coalesce(CAST(substr(NEW.issue_date, 1, 4) AS INTEGER), 0);
END;
CREATE TRIGGER archive_years_delete AFTER DELETE ON issues BEGIN
    UPDATE archive_years
        SET issues = issues - (OLD.issue_date IS NULL OR NOT EXISTS (
                SELECT 1 FROM issues o WHERE o.paper IS OLD.paper
                AND o.issue_date = OLD.issue_date AND o.id <> OLD.id)),
            articles = articles - OLD.article_count
        WHERE paper = coalesce(OLD.paper, '')
          AND year = coalesce(CAST(substr(OLD.issue_date, 1, 4) AS INTEGER), 0);
    DELETE FROM archive_years WHERE issues <= 0 AND paper = coalesce(OLD.paper, '')
        AND year = coalesce(CAST(substr(OLD.issue_date, 1, 4) AS INTEGER), 0);
END;
CREATE TRIGGER archive_years_update AFTER UPDATE OF paper, issue_date, article_count ON issues
BEGIN
    UPDATE archive_years
        SET issues = issues - (OLD.issue_date IS NULL OR NOT EXISTS (
                SELECT 1 FROM issues o WHERE o.paper IS OLD.paper
                AND o.issue_date = OLD.issue_date AND o.id <> OLD.id)),
            articles = articles - OLD.article_count
        WHERE paper = coalesce(OLD.paper, '')
          AND year = coalesce(CAST(substr(OLD.issue_date, 1, 4) AS INTEGER), 0);
    DELETE FROM archive_years WHERE issues <= 0 AND paper = coalesce(OLD.paper, '')
        AND year = coalesce(CAST(substr(OLD.issue_date, 1, 4) AS INTEGER), 0);
    INSERT OR IGNORE INTO archive_years (paper, year, issues, articles)
        VALUES (coalesce(NEW.paper, ''),
                coalesce(CAST(substr(NEW.issue_date, 1, 4) AS INTEGER), 0), 0, 0);
    UPDATE archive_years
        SET issues = issues + (NEW.issue_date IS NULL OR NOT EXISTS (
                SELECT 1 FROM issues o WHERE o.paper IS NEW.paper
                AND o.issue_date = NEW.issue_date AND o.id <> NEW.id)),
            articles = articles + NEW.article_count
        WHERE paper = coalesce(NEW.paper, '')
          AND year = coalesce(CAST(substr(NEW.issue_date, 1, 4) AS INTEGER), 0);
END;
