-- A template deleted while logged contacts name it is archived instead: gone from the page and the list, its title
-- still shown beside those contacts.
ALTER TABLE outreach_template ADD COLUMN archived_at DATETIME(6);
