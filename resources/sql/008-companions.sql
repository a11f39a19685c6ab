-- Schema version 8: the e-paper PDF and the text file of one page are one issue.
--
-- When a file comes in whose page the library already holds from the other kind
-- of file (a PDF for a text file's page, or the reverse), it joins that issue as
-- its companion instead of becoming a second issue: a text issue shows its page
-- from its companion PDF, and search finds each article once. Kept by content
-- (sha256), like the desk and the corrections, so that importing either file
-- again is recognised, and a row stays when its issue leaves the library.
--
-- kind: 'pdf' or 'text', the companion's own kind.
CREATE TABLE companions (
    sha256        TEXT NOT NULL PRIMARY KEY,
    issue_sha256  TEXT NOT NULL,
    path          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    joined_at     TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX companions_by_issue ON companions (issue_sha256);

-- A fingerprint of each issue's text (ArticleMatch::fingerprint: the least hash
-- of its runs of four characters under each of 64 hash functions), by which a
-- PDF and the text of its page know each other when their parses differ too much
-- for their headlines to say it. NULL for the issues imported before format 8.
ALTER TABLE issues ADD COLUMN fingerprint BLOB;
