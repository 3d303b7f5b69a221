-- Files an applicant attaches to their application (evidence for the self-assessment). The bytes
-- live under the data folder with generated names; the original name is only shown.
CREATE SEQUENCE application_attachment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE application_attachment (
  id              BIGINT        NOT NULL PRIMARY KEY,
  application_id  BIGINT        NOT NULL REFERENCES mine_application (id),
  original_name   VARCHAR(255)  NOT NULL,
  stored_name     VARCHAR(100)  NOT NULL UNIQUE,
  media_type      VARCHAR(100)  NOT NULL,
  size_bytes      BIGINT        NOT NULL,
  sha256          VARCHAR(64)   NOT NULL,
  uploaded_by     VARCHAR(64)   NOT NULL,
  uploaded_at     TIMESTAMP     NOT NULL
);
CREATE INDEX application_attachment_application ON application_attachment (application_id);
