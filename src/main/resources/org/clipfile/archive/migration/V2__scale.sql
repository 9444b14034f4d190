-- Clipfile archive, format 2: what keeps a million-clipping archive instant (see the README, "Performance").
-- Only adds a table, triggers and indexes; format-1 data is unchanged.

-- How many clippings carry each tag, explicitly or implied, counting the trash too. Kept by
-- triggers, so the tag tree of the whole archive reads one row per tag instead of counting
-- millions of clipping_tag rows; the (usually small) trash is subtracted when reading.
CREATE TABLE tag_count (
    tag_id     INTEGER PRIMARY KEY REFERENCES tag (id) ON DELETE CASCADE,
    clippings  INTEGER NOT NULL
);
INSERT INTO tag_count (tag_id, clippings)
    SELECT t.id, (SELECT count(*) FROM clipping_tag ct WHERE ct.tag_id = t.id) FROM tag t;

CREATE TRIGGER tag_count_new_tag AFTER INSERT ON tag
BEGIN
    INSERT OR IGNORE INTO tag_count (tag_id, clippings) VALUES (new.id, 0);
END;

-- Upserts that only flip explicit (ON CONFLICT DO UPDATE) are updates and do not fire these.
CREATE TRIGGER tag_count_tagged AFTER INSERT ON clipping_tag
BEGIN
    UPDATE tag_count SET clippings = clippings + 1 WHERE tag_id = new.tag_id;
END;

CREATE TRIGGER tag_count_untagged AFTER DELETE ON clipping_tag
BEGIN
    UPDATE tag_count SET clippings = clippings - 1 WHERE tag_id = old.tag_id;
END;

CREATE TRIGGER tag_count_retagged AFTER UPDATE OF tag_id ON clipping_tag
BEGIN
    UPDATE tag_count SET clippings = clippings - 1 WHERE tag_id = old.tag_id;
    UPDATE tag_count SET clippings = clippings + 1 WHERE tag_id = new.tag_id;
END;

-- The few columns filters, counts and histograms need, by id, without reading the wide row
-- (published and deleted_at are stored after the body, often in overflow pages).
CREATE INDEX clipping_live_by_id ON clipping (id, published, precision) WHERE deleted_at IS NULL;

-- The month histogram of the whole archive as one covering scan in date order.
CREATE INDEX clipping_live_by_date ON clipping (published, precision) WHERE deleted_at IS NULL;
