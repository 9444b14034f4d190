-- Clipfile archive, format 3: what lets a reader keep in-memory facets (search/FacetIndex: per-tag
-- bitmaps, dates by id) exact without rereading millions of rows after each change.
-- Only adds a column, a table and triggers; the data of formats 1 and 2 is unchanged.

-- Each tag's version moves on with every clipping that gains or loses it. It starts at a random
-- value so a tag id reused after a delete never repeats an (id, version) a reader has seen.
ALTER TABLE tag_count ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
UPDATE tag_count SET version = random() & 1152921504606846975;

DROP TRIGGER tag_count_new_tag;
CREATE TRIGGER tag_count_new_tag AFTER INSERT ON tag
BEGIN
    INSERT OR IGNORE INTO tag_count (tag_id, clippings, version) VALUES (new.id, 0, random() & 1152921504606846975);
END;

DROP TRIGGER tag_count_tagged;
CREATE TRIGGER tag_count_tagged AFTER INSERT ON clipping_tag
BEGIN
    UPDATE tag_count SET clippings = clippings + 1, version = version + 1 WHERE tag_id = new.tag_id;
END;

DROP TRIGGER tag_count_untagged;
CREATE TRIGGER tag_count_untagged AFTER DELETE ON clipping_tag
BEGIN
    UPDATE tag_count SET clippings = clippings - 1, version = version + 1 WHERE tag_id = old.tag_id;
END;

DROP TRIGGER tag_count_retagged;
CREATE TRIGGER tag_count_retagged AFTER UPDATE OF tag_id ON clipping_tag
BEGIN
    UPDATE tag_count SET clippings = clippings - 1, version = version + 1 WHERE tag_id = old.tag_id;
    UPDATE tag_count SET clippings = clippings + 1, version = version + 1 WHERE tag_id = new.tag_id;
END;

-- Clippings added, deleted, or whose date or trash state changed, in commit order. A reader that
-- has seen up to seq N rereads just the clippings after N; one that fell behind the pruned start
-- rebuilds. Pruned every 1,000 entries to the last 100,000.
CREATE TABLE clipping_change (
    seq          INTEGER PRIMARY KEY,
    clipping_id  INTEGER NOT NULL
);

CREATE TRIGGER clipping_change_added AFTER INSERT ON clipping
BEGIN
    INSERT INTO clipping_change (clipping_id) VALUES (new.id);
END;

CREATE TRIGGER clipping_change_moved AFTER UPDATE OF published, precision, deleted_at ON clipping
WHEN new.published IS NOT old.published OR new.precision IS NOT old.precision
  OR (new.deleted_at IS NULL) <> (old.deleted_at IS NULL)
BEGIN
    INSERT INTO clipping_change (clipping_id) VALUES (new.id);
END;

CREATE TRIGGER clipping_change_removed AFTER DELETE ON clipping
BEGIN
    INSERT INTO clipping_change (clipping_id) VALUES (old.id);
END;

CREATE TRIGGER clipping_change_pruned AFTER INSERT ON clipping_change
WHEN new.seq % 1000 = 0
BEGIN
    DELETE FROM clipping_change WHERE seq <= new.seq - 100000;
END;
