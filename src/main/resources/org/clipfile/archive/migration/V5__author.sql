-- Schema format 5: the author is a filter, like the source. Its own index on live clippings
-- (case ignored, as the filter compares) so "by this author" is an index lookup at any size.
CREATE INDEX clipping_by_author ON clipping (author COLLATE NOCASE, published) WHERE deleted_at IS NULL;
