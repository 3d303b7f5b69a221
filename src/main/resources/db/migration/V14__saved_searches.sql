-- Saved searches with digests by mail. criteria is the search page's query string (q and facet
-- filters), as the page itself reads it back. Two clocks on purpose: last_digest_at is the portal's
-- time of the last digest (when the next one is due), covered_until the publication time up to which
-- items were considered (the next digest takes what was published after it).
-- unsubscribe_token lets the link in a digest delete the search without a login.
-- Times are epoch milliseconds.
CREATE SEQUENCE saved_search_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE saved_search (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  owner_name         VARCHAR(64)   NOT NULL,
  criteria           VARCHAR(4000) NOT NULL,
  frequency          VARCHAR(10)   NOT NULL,
  created_at         BIGINT        NOT NULL,
  last_digest_at     BIGINT        NOT NULL,
  covered_until      BIGINT        NOT NULL,
  unsubscribe_token  VARCHAR(64)   NOT NULL
);
CREATE UNIQUE INDEX saved_search_token ON saved_search (unsubscribe_token);
CREATE INDEX saved_search_owner ON saved_search (owner_name);
