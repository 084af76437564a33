/**
 * Applications (申报书): a PI drafts an application for an open call (team, budget lines, keywords,
 * discipline, up to three excluded experts), edits it under optimistic locking, and submits it; the
 * submission runs every rule of {@link org.tianshan.grants.application.control.SubmissionRules} and
 * lists each one violated, or freezes the content as a numbered version. Every transition is a
 * {@code StatusChange} and an audit event. Reads calls, the catalog and accounts through their boundaries.
 */
package org.tianshan.grants.application;
