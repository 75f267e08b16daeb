-- An account may hold several roles (the mediator writes and answers: EDITOR,MODERATOR), stored as a sorted,
-- comma-separated set; a password set by someone else (generated, or reset by an administrator) must be changed by
-- its owner at the next sign-in.
ALTER TABLE staff_account ADD COLUMN roles VARCHAR(64);
UPDATE staff_account SET roles = role;
ALTER TABLE staff_account DROP COLUMN role;
ALTER TABLE staff_account ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
