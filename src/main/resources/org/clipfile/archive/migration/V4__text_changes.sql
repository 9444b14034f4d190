-- Schema format 4: the clipping_change journal also records edits of a clipping's text.
-- The in-memory facets cache which clippings a query matches; an edit of the title, body or notes
-- alone (date and trash state unchanged) was invisible to them, so counts, the tag tree and the
-- histogram for a query could disagree with the list until the next other change.
CREATE TRIGGER clipping_change_text AFTER UPDATE OF title, body, notes ON clipping
WHEN new.title IS NOT old.title OR new.body IS NOT old.body OR new.notes IS NOT old.notes
BEGIN
    INSERT INTO clipping_change (clipping_id) VALUES (new.id);
END;
