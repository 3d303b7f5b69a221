-- The red list: mines that meet the green-mine standards, listed from a campaign's award list and
-- managed over time (suspended with a period to fix, removed, reinstated), every change kept.
CREATE SEQUENCE red_list_entry_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE red_list_entry (
  id              BIGINT        NOT NULL PRIMARY KEY,
  application_id  BIGINT        UNIQUE REFERENCES mine_application (id),
  mine_name       VARCHAR(300)  NOT NULL,
  enterprise      VARCHAR(300)  NOT NULL,
  credit_code     VARCHAR(18)   NOT NULL,
  province_code   VARCHAR(6)    NOT NULL,
  mineral         VARCHAR(100)  NOT NULL,
  listed_year     INT           NOT NULL,
  certificate_no  VARCHAR(40)   NOT NULL UNIQUE,
  status          VARCHAR(20)   NOT NULL,
  status_reason   VARCHAR(2000),
  status_since    DATE          NOT NULL,
  fix_by          DATE,
  version         BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX red_list_entry_status ON red_list_entry (status);

CREATE SEQUENCE red_list_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE red_list_event (
  id          BIGINT        NOT NULL PRIMARY KEY,
  entry_id    BIGINT        NOT NULL REFERENCES red_list_entry (id),
  status      VARCHAR(20)   NOT NULL,
  reason      VARCHAR(2000),
  effective   DATE          NOT NULL,
  recorded_by VARCHAR(64)   NOT NULL,
  recorded_at TIMESTAMP     NOT NULL
);
CREATE INDEX red_list_event_entry ON red_list_event (entry_id);
