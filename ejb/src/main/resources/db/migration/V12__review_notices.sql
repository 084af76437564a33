-- Reviewer mails (专家评审通知): a notification also goes to an expert about review tasks, either the new
-- tasks of one assignment run (one mail per expert and run) or one review's deadline reminder. Neither is
-- about a single application, so application_id becomes optional and the run or review is kept instead;
-- every row still names what it is about. The unique event key keeps its role: for these mails it is made
-- from the run and the recipient, or from the review, so each is mailed at most once whatever happens.

ALTER TABLE notification
    MODIFY application_id BIGINT NULL,
    ADD COLUMN run_id BIGINT NULL AFTER application_id,      -- the assignment run whose tasks a REVIEW_ASSIGNED mail announces
    ADD COLUMN review_id BIGINT NULL AFTER run_id,           -- the review a REVIEW_DUE mail reminds of
    ADD CONSTRAINT fk_notification_run FOREIGN KEY (run_id) REFERENCES assignment_run (id),
    ADD CONSTRAINT fk_notification_review FOREIGN KEY (review_id) REFERENCES review (id),
    ADD CONSTRAINT ck_notification_about CHECK (application_id IS NOT NULL OR run_id IS NOT NULL OR review_id IS NOT NULL);
