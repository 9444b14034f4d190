-- Clipfile archive, format 1. Why it looks like this: see README "Design decisions".

CREATE TABLE clipping (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL,
    body          TEXT NOT NULL,
    notes         TEXT NOT NULL DEFAULT '',
    -- First day the published date can mean (2023-06-01 for "June 2023"); NULL when undated.
    published     TEXT,
    precision     TEXT CHECK (precision IN ('day', 'month', 'year')),
    date_origin   TEXT CHECK (date_origin IN ('header', 'text', 'file-name', 'metadata', 'user')),
    source        TEXT,
    url           TEXT,
    author        TEXT,
    added_at      TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    -- SHA-256 of the normalised body: the same article is stored once.
    content_hash  TEXT NOT NULL UNIQUE,
    -- Set when moved to the trash; only emptying the trash deletes rows.
    deleted_at    TEXT,
    CHECK ((published IS NULL) = (precision IS NULL))
);

-- Browsing is newest first by published date; undated (NULL) sort last in DESC order.
CREATE INDEX clipping_by_published ON clipping (published DESC, id DESC) WHERE deleted_at IS NULL;
CREATE INDEX clipping_by_source ON clipping (source COLLATE NOCASE, published) WHERE deleted_at IS NULL;
CREATE INDEX clipping_in_trash ON clipping (deleted_at) WHERE deleted_at IS NOT NULL;

-- Tags form a tree by their paths ('China-US/Taiwan' sits under 'China-US').
CREATE TABLE tag (
    id         INTEGER PRIMARY KEY,
    path       TEXT NOT NULL,
    path_key   TEXT NOT NULL UNIQUE,
    parent_id  INTEGER REFERENCES tag (id) ON DELETE CASCADE
);
CREATE INDEX tag_by_parent ON tag (parent_id);

-- Every tag with each of its ancestors, itself included: makes "under X" a join, not a LIKE.
CREATE TABLE tag_ancestor (
    tag_id       INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    ancestor_id  INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (tag_id, ancestor_id)
) WITHOUT ROWID;
CREATE INDEX tag_ancestor_by_ancestor ON tag_ancestor (ancestor_id, tag_id);

-- A clipping carries its explicit tags (explicit = 1) and, implied, every ancestor of them
-- (explicit = 0). So "tagged under China-US" and its count are one index lookup, each clipping
-- counted once however many of the subtree's tags it has.
CREATE TABLE clipping_tag (
    tag_id       INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    clipping_id  INTEGER NOT NULL REFERENCES clipping (id) ON DELETE CASCADE,
    explicit     INTEGER NOT NULL CHECK (explicit IN (0, 1)),
    PRIMARY KEY (tag_id, clipping_id)
) WITHOUT ROWID;
CREATE INDEX clipping_tag_by_clipping ON clipping_tag (clipping_id, explicit, tag_id);

-- Full-text index. Contentless: the text lives once, in clipping; the index holds text prepared by
-- clipfile_index_text (Chinese and Japanese runs as overlapping bigrams, see README).
CREATE VIRTUAL TABLE clipping_fts USING fts5 (
    title, body, notes,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);

CREATE TRIGGER clipping_fts_insert AFTER INSERT ON clipping
BEGIN
    INSERT INTO clipping_fts (rowid, title, body, notes)
    VALUES (new.id, clipfile_index_text(new.title), clipfile_index_text(new.body), clipfile_index_text(new.notes));
END;

CREATE TRIGGER clipping_fts_delete AFTER DELETE ON clipping
BEGIN
    DELETE FROM clipping_fts WHERE rowid = old.id;
END;

CREATE TRIGGER clipping_fts_update AFTER UPDATE OF title, body, notes ON clipping
BEGIN
    DELETE FROM clipping_fts WHERE rowid = old.id;
    INSERT INTO clipping_fts (rowid, title, body, notes)
    VALUES (new.id, clipfile_index_text(new.title), clipfile_index_text(new.body), clipfile_index_text(new.notes));
END;
