-- Public comments on draft group standards, clause by clause, and their dispositions.
CREATE SEQUENCE standard_comment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE standard_comment (
  id               BIGINT        NOT NULL PRIMARY KEY,
  standard_id      BIGINT        NOT NULL REFERENCES standard (id),
  author           VARCHAR(64)   NOT NULL,
  author_org       VARCHAR(200),
  clause           VARCHAR(40)   NOT NULL,
  comment_type     VARCHAR(16)   NOT NULL,
  comment_text     VARCHAR(4000) NOT NULL,
  proposed_change  VARCHAR(4000),
  created_at       TIMESTAMP     NOT NULL,
  disposition      VARCHAR(20),
  reason           VARCHAR(2000),
  resolved_by      VARCHAR(64),
  resolved_at      TIMESTAMP,
  version          BIGINT        NOT NULL
);
CREATE INDEX standard_comment_standard ON standard_comment (standard_id);
