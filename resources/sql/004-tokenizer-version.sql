-- Schema version 4: the library remembers which tokenizer made its search index.
-- The index is contentless: removing an article re-tokenizes its text and must
-- produce exactly the tokens made when it was added. A library whose index was
-- made by another tokenizer (another folding, another Unicode table) has its
-- index rebuilt before anything is written to it; see Library::prepareSearchIndex.
-- No row yet: an index made before this format is of unknown make, and rebuilt.
CREATE TABLE library_settings (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;
