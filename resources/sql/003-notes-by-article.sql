-- Schema version 3: an article's parser notes found without reading every note
-- of the library (opening an article, and deleting one, looked at them all).
CREATE INDEX notes_by_article ON notes (article_id, position);
