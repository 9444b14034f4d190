-- Schema format 6: who added a clipping and who last changed it. A team archive on a server sets
-- both from the login; a file archive is one analyst's, so both stay empty there, except for
-- clippings copied from a team archive, which keep the names they had.
ALTER TABLE clipping ADD COLUMN added_by TEXT;
ALTER TABLE clipping ADD COLUMN changed_by TEXT;
