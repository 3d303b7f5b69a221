-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE TABLE region (
  code        VARCHAR(6)   NOT NULL PRIMARY KEY,
  name_zh     VARCHAR(100) NOT NULL,
  name_en     VARCHAR(100) NOT NULL,
  region_level VARCHAR(16) NOT NULL,
  parent_code VARCHAR(6)   REFERENCES region (code)
);

CREATE SEQUENCE association_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE association (
  id              BIGINT        NOT NULL PRIMARY KEY,
  code            VARCHAR(32)   NOT NULL UNIQUE,
  name_zh         VARCHAR(200)  NOT NULL,
  name_en         VARCHAR(200)  NOT NULL,
  standard_prefix VARCHAR(32)   NOT NULL UNIQUE,
  assoc_level     VARCHAR(16)   NOT NULL,
  region_code     VARCHAR(6)    REFERENCES region (code),
  parent_id       BIGINT        REFERENCES association (id),
  website         VARCHAR(300),
  description     VARCHAR(20000),
  created_at      TIMESTAMP     NOT NULL,
  version         BIGINT        NOT NULL
);

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE account (
  id             BIGINT       NOT NULL PRIMARY KEY,
  username       VARCHAR(64)  NOT NULL UNIQUE,
  display_name   VARCHAR(200) NOT NULL,
  email          VARCHAR(200),
  password_hash  VARCHAR(300) NOT NULL,
  association_id BIGINT       REFERENCES association (id),
  enabled        BOOLEAN      NOT NULL,
  created_at     TIMESTAMP    NOT NULL,
  version        BIGINT       NOT NULL
);

CREATE TABLE account_role (
  account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  role_name  VARCHAR(16) NOT NULL,
  PRIMARY KEY (account_id, role_name)
);
