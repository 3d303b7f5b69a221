-- The mail outbox: one row per mail, written in the transaction of the action that caused it.
-- A worker claims rows with a lease (claim_token, claimed_until), sends them and marks them sent;
-- a mail server that cannot be reached delays a mail (attempts, last_error, not_before), a mail the
-- server refuses is tried a few times and then marked failed for an administrator to see.
-- dedupe_key, when set, makes a mail unique (a reminder is written once per round and expert).
-- Times are epoch milliseconds.
CREATE SEQUENCE mail_message_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE mail_message (
  id               BIGINT         NOT NULL PRIMARY KEY,
  recipient        VARCHAR(254)   NOT NULL,
  subject          VARCHAR(500)   NOT NULL,
  body             VARCHAR(200000) NOT NULL,
  unsubscribe_url  VARCHAR(1000),
  dedupe_key       VARCHAR(200),
  created_at       BIGINT         NOT NULL,
  not_before       BIGINT         NOT NULL,
  attempts         INT            DEFAULT 0 NOT NULL,
  state            VARCHAR(16)    NOT NULL,
  last_error       VARCHAR(1000),
  claim_token      VARCHAR(40),
  claimed_until    BIGINT         DEFAULT 0 NOT NULL,
  sent_at          BIGINT
);
CREATE INDEX mail_message_due ON mail_message (state, not_before);
CREATE INDEX mail_message_claim ON mail_message (claim_token);
CREATE UNIQUE INDEX mail_message_dedupe ON mail_message (dedupe_key);
