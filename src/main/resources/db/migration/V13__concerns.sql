-- Concerns raised by the public about a listed mine (social supervision). The reporter's contact
-- and own words stay with the association; the public sees the curators' answer only. The private
-- link's token is stored as its SHA-256; source_hash is a one-way digest of the client address,
-- kept to hold back floods across instances.
CREATE SEQUENCE concern_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE concern (
  id                  BIGINT         NOT NULL PRIMARY KEY,
  reference           VARCHAR(20)    NOT NULL,
  token_hash          VARCHAR(64)    NOT NULL,
  association_id      BIGINT         NOT NULL REFERENCES association (id),
  application_id      BIGINT         NOT NULL REFERENCES mine_application (id),
  red_list_entry_id   BIGINT         REFERENCES red_list_entry (id),
  mine_name           VARCHAR(200)   NOT NULL,
  category            VARCHAR(16)    NOT NULL,
  what_happened       VARCHAR(4000)  NOT NULL,
  place               VARCHAR(300)   NOT NULL,
  happened_on         DATE           NOT NULL,
  contact             VARCHAR(200),
  source_hash         VARCHAR(64)    NOT NULL,
  state               VARCHAR(16)    NOT NULL,
  received_on         DATE           NOT NULL,
  acknowledge_by      DATE           NOT NULL,
  answer_by           DATE           NOT NULL,
  raised_at           BIGINT         NOT NULL,
  public_answer       VARCHAR(4000),
  upheld              BOOLEAN        DEFAULT FALSE NOT NULL,
  rejection_reason    VARCHAR(2000),
  enterprise_invited  BOOLEAN        DEFAULT FALSE NOT NULL,
  enterprise_response VARCHAR(4000),
  version             BIGINT         DEFAULT 0 NOT NULL,
  CONSTRAINT concern_reference UNIQUE (reference)
);
CREATE INDEX concern_association_state ON concern (association_id, state);
CREATE INDEX concern_source ON concern (source_hash, raised_at);

-- What happened to a concern, step by step (the reporter's timeline and the curators' record).
CREATE SEQUENCE concern_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE concern_event (
  id           BIGINT         NOT NULL PRIMARY KEY,
  concern_id   BIGINT         NOT NULL REFERENCES concern (id),
  state        VARCHAR(16)    NOT NULL,
  note         VARCHAR(2000),
  actor        VARCHAR(100)   NOT NULL,
  occurred_at  BIGINT         NOT NULL
);
CREATE INDEX concern_event_concern ON concern_event (concern_id);

-- Evidence files the reporter attached: stored under the data folder with generated names, shown to
-- the association's curators only.
CREATE SEQUENCE concern_evidence_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE concern_evidence (
  id            BIGINT         NOT NULL PRIMARY KEY,
  concern_id    BIGINT         NOT NULL REFERENCES concern (id),
  stored_name   VARCHAR(80)    NOT NULL,
  file_name     VARCHAR(200)   NOT NULL,
  media_type    VARCHAR(100)   NOT NULL,
  size_bytes    BIGINT         NOT NULL
);
CREATE INDEX concern_evidence_concern ON concern_evidence (concern_id);
