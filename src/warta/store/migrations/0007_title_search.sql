-- 0007: article titles are searched too (issue 12): a full-text index over titles, kept by the
-- writer as sentences_fts is.
CREATE VIRTUAL TABLE titles_fts USING fts5(
    title, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO titles_fts (rowid, title) SELECT id, title FROM articles WHERE title IS NOT NULL AND title <> '';
