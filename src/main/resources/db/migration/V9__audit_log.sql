-- The audit log: append-only and hash-chained. The application inserts rows and never updates or
-- deletes them. Each event's hash is SHA-256 over the previous event's hash (64 hex digits; 64 zeros
-- for the first event) followed by the canonical form of its content: the netstrings
-- "<UTF-8 byte length>:<text>," of occurred_at (epoch milliseconds in decimal), actor, event_type,
-- subject and details (a JSON object with sorted keys). See org.greenmine.audit.control.HashChain.
-- Times are epoch milliseconds, so the hashed value does not depend on any time zone.
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE audit_event (
  id             BIGINT         NOT NULL PRIMARY KEY,
  occurred_at    BIGINT         NOT NULL,
  actor          VARCHAR(64)    NOT NULL,
  event_type     VARCHAR(80)    NOT NULL,
  subject        VARCHAR(200)   NOT NULL,
  details        VARCHAR(20000) NOT NULL,
  previous_hash  VARCHAR(64)    NOT NULL,
  hash           VARCHAR(64)    NOT NULL,
  -- a chain never forks: no two events may follow the same one
  CONSTRAINT audit_event_one_successor UNIQUE (previous_hash)
);

-- The end of the chain, one row. Appends lock it (SELECT ... FOR UPDATE) so that concurrent
-- transactions chain one after the other; verification compares the chain's end with it.
CREATE TABLE audit_head (
  id             BIGINT         NOT NULL PRIMARY KEY,
  last_event_id  BIGINT         NOT NULL,
  event_count    BIGINT         NOT NULL,
  last_hash      VARCHAR(64)    NOT NULL,
  CONSTRAINT audit_head_single_row CHECK (id = 1)
);
INSERT INTO audit_head (id, last_event_id, event_count, last_hash)
  VALUES (1, 0, 0, '0000000000000000000000000000000000000000000000000000000000000000');
