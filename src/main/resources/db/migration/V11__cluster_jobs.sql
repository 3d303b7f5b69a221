-- Jobs that must run once in the cluster (not once per instance). Each job has one lease row: an
-- instance runs the job only after a conditional UPDATE made it the holder of a due, unheld lease.
-- A holder that dies loses the lease when lease_until passes; another instance then takes the job.
-- Times are epoch milliseconds.
CREATE TABLE job_lease (
  name           VARCHAR(64)   NOT NULL PRIMARY KEY,
  holder         VARCHAR(120),
  lease_until    BIGINT        DEFAULT 0 NOT NULL,
  next_run       BIGINT        DEFAULT 0 NOT NULL,
  runs           BIGINT        DEFAULT 0 NOT NULL
);

-- One row per run, for operators (and tests) to see who ran what when.
CREATE SEQUENCE job_run_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE job_run (
  id             BIGINT        NOT NULL PRIMARY KEY,
  job            VARCHAR(64)   NOT NULL,
  holder         VARCHAR(120)  NOT NULL,
  started_at     BIGINT        NOT NULL,
  finished_at    BIGINT        NOT NULL,
  outcome        VARCHAR(16)   NOT NULL,
  detail         VARCHAR(1000)
);
CREATE INDEX job_run_job ON job_run (job, started_at);
