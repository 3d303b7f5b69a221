-- Technology needs posted by members, matched against the catalogue.
CREATE SEQUENCE technology_need_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE technology_need (
  id            BIGINT        NOT NULL PRIMARY KEY,
  author        VARCHAR(64)   NOT NULL,
  title         VARCHAR(300)  NOT NULL,
  mineral       VARCHAR(100),
  mining_method VARCHAR(16)   NOT NULL,
  category      VARCHAR(32),
  region_code   VARCHAR(6)    REFERENCES region (code),
  problem       VARCHAR(4000) NOT NULL,
  contact       VARCHAR(300),
  created_at    TIMESTAMP     NOT NULL
);
