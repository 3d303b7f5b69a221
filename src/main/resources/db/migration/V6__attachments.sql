-- Files attached to content items. The bytes live under the data folder with generated names.
CREATE SEQUENCE attachment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE attachment (
  id            BIGINT        NOT NULL PRIMARY KEY,
  document_id   BIGINT        NOT NULL REFERENCES document (id),
  original_name VARCHAR(255)  NOT NULL,
  stored_name   VARCHAR(100)  NOT NULL UNIQUE,
  media_type    VARCHAR(100)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        VARCHAR(64)   NOT NULL,
  uploaded_by   VARCHAR(64)   NOT NULL,
  uploaded_at   TIMESTAMP     NOT NULL
);
CREATE INDEX attachment_document ON attachment (document_id);
