-- Schema version 7: corrections and doubtful spots.
--
-- A reader's corrections are a layer over the parse: the issue file is never
-- rewritten. They are kept by the file's content (issues.sha256), not by the
-- issue's id, like the desk and user_metadata: removing an issue and importing
-- its file again applies them again, and a changed file at the same path keeps
-- those whose lines still hold the same text. The articles below are the
-- corrected ones (the tree, the reading pane and search show them); the parse
-- is made again from the file whenever the corrections change.

-- json: the corrections file (docs/corrections-json.md, format 1, with the
-- texts of the lines each operation names), as `corrections export` writes it.
-- operation_count: kept with it so that listing issues counts without parsing
-- JSON. updated: ISO 8601 in UTC, with milliseconds. A row stays when its file
-- leaves the library: nothing the user made is lost.
CREATE TABLE corrections (
    sha256           TEXT    NOT NULL PRIMARY KEY,
    json             TEXT    NOT NULL,
    operation_count  INTEGER NOT NULL,
    updated          TEXT    NOT NULL
) WITHOUT ROWID;

-- How sure the parser is of the article (Article::confidence, 0 to 1): search
-- filters and sorts on it. Articles stored before format 7 had no doubt recorded.
ALTER TABLE articles ADD COLUMN confidence REAL NOT NULL DEFAULT 1;
-- The parser's headline where a correction replaced it (a new title text, or a
-- line that is no longer a title), one per line; NULL where there is none. It is
-- indexed in the article's search row after its headline, so that search finds
-- an article by the headline the file printed as well as by the corrected one.
ALTER TABLE articles ADD COLUMN parser_title TEXT;

-- The parser's doubtful spots in each issue (Issue::doubts), in line order.
-- kind: doubtKindName; line 0: the whole file; article_number: Article::id
-- within the issue, 0 when it touches none; message: as the parser worded it.
CREATE TABLE issue_doubts (
    issue_id        INTEGER NOT NULL REFERENCES issues (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    line            INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    article_number  INTEGER NOT NULL,
    message         TEXT    NOT NULL,
    PRIMARY KEY (issue_id, position)
) WITHOUT ROWID;
