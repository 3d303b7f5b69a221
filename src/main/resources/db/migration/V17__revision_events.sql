-- Revisions the portal writes itself (seeded, created, proposed, restored) said so in English words in
-- their note; they now carry an event that the history page says in the reader's language.
ALTER TABLE revision ADD COLUMN system_event VARCHAR(20);
ALTER TABLE revision ADD COLUMN restored_from INTEGER;
UPDATE revision SET system_event = 'SEEDED', note = NULL WHERE note = 'loaded from content/';
UPDATE revision SET system_event = 'CREATED', note = NULL WHERE note = 'created';
UPDATE revision SET system_event = 'PROPOSED', note = NULL WHERE note = 'proposed';
UPDATE revision
   SET system_event = 'RESTORED', restored_from = CAST(SUBSTRING(note, 19) AS INTEGER), note = NULL
 WHERE note LIKE 'restored revision %';
