-- The chain sealed with a key the database does not hold (issue 18): entry_hash becomes an
-- HMAC-SHA256 under the key named by key_id (configuration motcua.audit.keys), over the same
-- canonical form as before. Rows written before this migration keep key_id null and their plain
-- SHA-256, and still verify; the first keyed entry links to the last of them, so its HMAC anchors
-- them too. An unkeyed entry after a keyed one is a rewrite (ChainVerifier: "unkeyed entry").
alter table audit_entry add column key_id varchar(64);
