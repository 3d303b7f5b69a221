-- Knowledge content: one row in document per item of any kind (the shared workflow, Markdown body and
-- its rendering), a row in the kind's own table for its fields, every save kept in revision.
CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE document (
  id             BIGINT         NOT NULL PRIMARY KEY,
  kind           VARCHAR(16)    NOT NULL,
  slug           VARCHAR(120)   NOT NULL,
  association_id BIGINT         NOT NULL REFERENCES association (id),
  state          VARCHAR(16)    NOT NULL,
  title_zh       VARCHAR(300)   NOT NULL,
  title_en       VARCHAR(300)   NOT NULL,
  summary_zh     VARCHAR(2000),
  summary_en     VARCHAR(2000),
  body_markdown  VARCHAR(200000) NOT NULL,
  body_html      VARCHAR(1000000) NOT NULL,
  illustrative   BOOLEAN        NOT NULL,
  created_at     TIMESTAMP      NOT NULL,
  updated_at     TIMESTAMP      NOT NULL,
  published_at   TIMESTAMP,
  version        BIGINT         NOT NULL,
  CONSTRAINT document_kind_slug UNIQUE (kind, slug)
);
CREATE INDEX document_kind_state ON document (kind, state);

CREATE SEQUENCE revision_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE revision (
  id            BIGINT         NOT NULL PRIMARY KEY,
  document_id   BIGINT         NOT NULL REFERENCES document (id),
  number        INTEGER        NOT NULL,
  author        VARCHAR(64)    NOT NULL,
  created_at    TIMESTAMP      NOT NULL,
  title_zh      VARCHAR(300)   NOT NULL,
  title_en      VARCHAR(300)   NOT NULL,
  summary_zh    VARCHAR(2000),
  summary_en    VARCHAR(2000),
  body_markdown VARCHAR(200000) NOT NULL,
  note          VARCHAR(500),
  CONSTRAINT revision_number UNIQUE (document_id, number)
);

CREATE TABLE standard (
  id                   BIGINT        NOT NULL PRIMARY KEY REFERENCES document (id),
  code                 VARCHAR(64)   NOT NULL UNIQUE,
  stage                VARCHAR(32)   NOT NULL,
  scope_zh             VARCHAR(4000),
  scope_en             VARCHAR(4000),
  ics                  VARCHAR(64),
  ccs                  VARCHAR(64),
  drafting_units       VARCHAR(2000),
  drafters             VARCHAR(2000),
  normative_refs       VARCHAR(4000),
  project_approved_on  DATE,
  approved_on          DATE,
  published_on         DATE,
  effective_on         DATE,
  comment_opens        DATE,
  comment_closes       DATE,
  short_period_reason  VARCHAR(1000),
  replaces_id          BIGINT        REFERENCES standard (id)
);

CREATE TABLE technology (
  id              BIGINT        NOT NULL PRIMARY KEY REFERENCES document (id),
  category        VARCHAR(32)   NOT NULL,
  minerals        VARCHAR(500),
  mining_method   VARCHAR(16)   NOT NULL,
  maturity        VARCHAR(16)   NOT NULL,
  trl             INTEGER       NOT NULL,
  holder          VARCHAR(300),
  contact         VARCHAR(300),
  batch           VARCHAR(32),
  indicators      VARCHAR(4000),
  indicator_items VARCHAR(1000),
  standard_codes  VARCHAR(1000)
);

CREATE TABLE case_study (
  id               BIGINT        NOT NULL PRIMARY KEY REFERENCES document (id),
  mine             VARCHAR(300)  NOT NULL,
  enterprise       VARCHAR(300)  NOT NULL,
  region_code      VARCHAR(6)    REFERENCES region (code),
  mineral          VARCHAR(100),
  mining_method    VARCHAR(16),
  mine_scale       VARCHAR(16),
  technology_slugs VARCHAR(2000),
  standard_codes   VARCHAR(1000),
  figures          VARCHAR(2000),
  case_year        INTEGER
);

CREATE TABLE news_item (
  id           BIGINT       NOT NULL PRIMARY KEY REFERENCES document (id),
  category     VARCHAR(16)  NOT NULL,
  issuer       VARCHAR(300),
  doc_number   VARCHAR(100),
  published_on DATE
);

CREATE TABLE reference_standard (
  code         VARCHAR(64)   NOT NULL PRIMARY KEY,
  title_zh     VARCHAR(300)  NOT NULL,
  title_en     VARCHAR(300)  NOT NULL,
  ref_level    VARCHAR(16)   NOT NULL,
  issuer       VARCHAR(300),
  published_on DATE,
  effective_on DATE,
  illustrative BOOLEAN       NOT NULL,
  description  VARCHAR(20000)
);
