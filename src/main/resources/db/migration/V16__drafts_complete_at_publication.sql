-- A curator now creates technologies and case studies from the portal and fills them in step by
-- step: a draft may lack what a published item must have (checked when it goes to review or is
-- published, Document.missingForPublication).
ALTER TABLE technology ALTER COLUMN category DROP NOT NULL;
ALTER TABLE technology ALTER COLUMN mining_method DROP NOT NULL;
ALTER TABLE technology ALTER COLUMN maturity DROP NOT NULL;
ALTER TABLE case_study ALTER COLUMN mine DROP NOT NULL;
ALTER TABLE case_study ALTER COLUMN enterprise DROP NOT NULL;
