-- The excellent-mine selection: campaigns with their criteria, applications with self-assessment,
-- experts and conflicts of interest, rounds with their frozen setup, assignments and ballots,
-- results, objections during the public notice, and the award list.
CREATE SEQUENCE campaign_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE campaign (
  id                     BIGINT        NOT NULL PRIMARY KEY,
  slug                   VARCHAR(100)  NOT NULL UNIQUE,
  association_id         BIGINT        NOT NULL REFERENCES association (id),
  campaign_year          INT           NOT NULL,
  title_zh               VARCHAR(300)  NOT NULL,
  title_en               VARCHAR(300)  NOT NULL,
  applications_open      DATE          NOT NULL,
  applications_close     DATE          NOT NULL,
  review_until           DATE          NOT NULL,
  notice_opens           DATE,
  notice_closes          DATE,
  province_quota         INT,
  same_province_conflict BOOLEAN       DEFAULT TRUE NOT NULL,
  state                  VARCHAR(20)   NOT NULL,
  version                BIGINT        DEFAULT 0 NOT NULL
);

CREATE SEQUENCE criterion_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE criterion (
  id           BIGINT        NOT NULL PRIMARY KEY,
  campaign_id  BIGINT        NOT NULL REFERENCES campaign (id),
  code         VARCHAR(20)   NOT NULL,
  parent_code  VARCHAR(20),
  level        INT           NOT NULL,
  name_zh      VARCHAR(300)  NOT NULL,
  name_en      VARCHAR(300)  NOT NULL,
  max_points   DECIMAL(7,2)  NOT NULL,
  position     INT           NOT NULL,
  UNIQUE (campaign_id, code)
);

CREATE SEQUENCE mine_application_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE mine_application (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  campaign_id         BIGINT        NOT NULL REFERENCES campaign (id),
  applicant           VARCHAR(64)   NOT NULL,
  mine_name           VARCHAR(300)  NOT NULL,
  enterprise          VARCHAR(300)  NOT NULL,
  credit_code         VARCHAR(18)   NOT NULL,
  region_code         VARCHAR(6)    NOT NULL REFERENCES region (code),
  province_code       VARCHAR(6)    NOT NULL,
  mineral             VARCHAR(100)  NOT NULL,
  mining_method       VARCHAR(16)   NOT NULL,
  scale               VARCHAR(16)   NOT NULL,
  licence_number      VARCHAR(60)   NOT NULL,
  licence_valid_until DATE          NOT NULL,
  latest_penalty      DATE,
  latest_major_accident DATE,
  abnormal_list       BOOLEAN       NOT NULL,
  reserve_years       DECIMAL(7,2)  NOT NULL,
  protected_overlap   BOOLEAN       NOT NULL,
  state               VARCHAR(20)   NOT NULL,
  eligibility_reason  VARCHAR(2000),
  submitted_at        TIMESTAMP     NOT NULL,
  version             BIGINT        DEFAULT 0 NOT NULL,
  UNIQUE (campaign_id, credit_code, mine_name)
);

CREATE SEQUENCE self_assessment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE self_assessment (
  id              BIGINT        NOT NULL PRIMARY KEY,
  application_id  BIGINT        NOT NULL REFERENCES mine_application (id),
  criterion_code  VARCHAR(20)   NOT NULL,
  score           DECIMAL(7,2)  NOT NULL,
  evidence        VARCHAR(2000) NOT NULL,
  UNIQUE (application_id, criterion_code)
);

CREATE SEQUENCE expert_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE expert (
  id                      BIGINT        NOT NULL PRIMARY KEY,
  username                VARCHAR(64)   NOT NULL UNIQUE REFERENCES account (username),
  display_name            VARCHAR(200)  NOT NULL,
  affiliation             VARCHAR(300)  NOT NULL,
  affiliation_credit_code VARCHAR(18),
  group_credit_codes      VARCHAR(2000),
  province_code           VARCHAR(6),
  expertise               VARCHAR(1000)
);

CREATE SEQUENCE conflict_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE conflict_of_interest (
  id              BIGINT        NOT NULL PRIMARY KEY,
  expert_id       BIGINT        NOT NULL REFERENCES expert (id),
  application_id  BIGINT        NOT NULL REFERENCES mine_application (id),
  source          VARCHAR(20)   NOT NULL,
  reason          VARCHAR(1000) NOT NULL,
  recorded_by     VARCHAR(64)   NOT NULL,
  recorded_at     TIMESTAMP     NOT NULL,
  UNIQUE (expert_id, application_id, source)
);

CREATE SEQUENCE selection_round_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE selection_round (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  campaign_id         BIGINT        NOT NULL REFERENCES campaign (id),
  round_number        INT           NOT NULL,
  round_type          VARCHAR(20)   NOT NULL,
  state               VARCHAR(20)   NOT NULL,
  method              VARCHAR(20),
  normalise           BOOLEAN       DEFAULT FALSE NOT NULL,
  min_scores          INT           DEFAULT 1 NOT NULL,
  experts_per_application INT       NOT NULL,
  advance_top         INT,
  cut_score           DECIMAL(7,2),
  tie_policy          VARCHAR(20)   NOT NULL,
  approval_threshold  VARCHAR(10),
  quorum              VARCHAR(10),
  setup_fingerprint   VARCHAR(64),
  opened_at           TIMESTAMP,
  closed_at           TIMESTAMP,
  released_at         TIMESTAMP,
  version             BIGINT        DEFAULT 0 NOT NULL,
  UNIQUE (campaign_id, round_number)
);

CREATE TABLE round_application (
  round_id        BIGINT        NOT NULL REFERENCES selection_round (id),
  application_id  BIGINT        NOT NULL REFERENCES mine_application (id),
  PRIMARY KEY (round_id, application_id)
);

CREATE TABLE round_expert (
  round_id   BIGINT        NOT NULL REFERENCES selection_round (id),
  expert_id  BIGINT        NOT NULL REFERENCES expert (id),
  PRIMARY KEY (round_id, expert_id)
);

-- One row per expert and application in a round; it also serialises that pair's ballots (row lock).
CREATE SEQUENCE assignment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE assignment (
  id              BIGINT        NOT NULL PRIMARY KEY,
  round_id        BIGINT        NOT NULL REFERENCES selection_round (id),
  application_id  BIGINT        NOT NULL REFERENCES mine_application (id),
  expert_id       BIGINT        NOT NULL REFERENCES expert (id),
  ballots_cast    INT           DEFAULT 0 NOT NULL,
  version         BIGINT        DEFAULT 0 NOT NULL,
  UNIQUE (round_id, application_id, expert_id)
);

-- Ballots are append-only: a re-submission adds a row and marks the earlier one superseded.
CREATE SEQUENCE ballot_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE ballot (
  id              BIGINT        NOT NULL PRIMARY KEY,
  assignment_id   BIGINT        NOT NULL REFERENCES assignment (id),
  sequence_no     INT           NOT NULL,
  counting        BOOLEAN       NOT NULL,
  scores          VARCHAR(4000),
  total           DECIMAL(7,2),
  vote            VARCHAR(10),
  comment_text    VARCHAR(2000),
  cast_at         TIMESTAMP     NOT NULL,
  nonce           VARCHAR(40)   NOT NULL,
  receipt         VARCHAR(64)   NOT NULL,
  UNIQUE (assignment_id, sequence_no)
);

CREATE TABLE round_result (
  round_id        BIGINT        NOT NULL REFERENCES selection_round (id),
  application_id  BIGINT        NOT NULL REFERENCES mine_application (id),
  result_value    DECIMAL(9,4),
  spread          DECIMAL(9,4),
  ballots         INT           NOT NULL,
  ranking         INT,
  outcome         VARCHAR(20)   NOT NULL,
  explanation     VARCHAR(500),
  PRIMARY KEY (round_id, application_id)
);

CREATE SEQUENCE objection_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE objection (
  id              BIGINT        NOT NULL PRIMARY KEY,
  application_id  BIGINT        NOT NULL REFERENCES mine_application (id),
  filer_name      VARCHAR(200)  NOT NULL,
  filer_contact   VARCHAR(300)  NOT NULL,
  reason          VARCHAR(4000) NOT NULL,
  evidence        VARCHAR(4000),
  filed_at        TIMESTAMP     NOT NULL,
  state           VARCHAR(20)   NOT NULL,
  resolution      VARCHAR(2000),
  resolved_by     VARCHAR(64),
  resolved_at     TIMESTAMP
);

CREATE SEQUENCE award_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE award (
  id              BIGINT        NOT NULL PRIMARY KEY,
  campaign_id     BIGINT        NOT NULL REFERENCES campaign (id),
  application_id  BIGINT        NOT NULL UNIQUE REFERENCES mine_application (id),
  certificate_no  VARCHAR(40)   NOT NULL UNIQUE,
  awarded_on      DATE          NOT NULL
);
