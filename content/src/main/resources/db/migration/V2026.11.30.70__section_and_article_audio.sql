-- A section may answer a tap with a voice, and an article may have an audio version: both point at the audio
-- library (audio_clip, created by the server's migrations); the server refuses to delete a clip still used.
ALTER TABLE section ADD COLUMN audio_id BIGINT NULL;
ALTER TABLE article ADD COLUMN audio_id BIGINT NULL;
