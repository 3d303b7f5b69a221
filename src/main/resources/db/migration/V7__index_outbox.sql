-- The index outbox: one row per change to a searchable item, written in the change's own transaction.
-- A worker claims rows with a lease (claim_token, claimed_until), sends the item's current state to
-- Solr and deletes the rows; failures of one item count attempts and finally park the row.
-- Times are epoch milliseconds.
CREATE SEQUENCE index_task_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE index_task (
  id             BIGINT        NOT NULL PRIMARY KEY,
  document_key   VARCHAR(80)   NOT NULL,
  enqueued_at    BIGINT        NOT NULL,
  not_before     BIGINT        NOT NULL,
  attempts       INT           DEFAULT 0 NOT NULL,
  claim_token    VARCHAR(40),
  claimed_until  BIGINT        DEFAULT 0 NOT NULL,
  parked         BOOLEAN       DEFAULT FALSE NOT NULL,
  last_error     VARCHAR(1000)
);
CREATE INDEX index_task_due ON index_task (parked, not_before);
CREATE INDEX index_task_claim ON index_task (claim_token);
