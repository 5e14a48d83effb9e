-- How many fields beyond the eleven key ones, held by the registry too, the student changed (已修改):
-- shown in the review queue and kept out of batch approval. Null until counted: applications that
-- exist already are counted at the next start (ChangedCountBackfill), through the registry's API.
alter table verification_application add column changed_count integer;
