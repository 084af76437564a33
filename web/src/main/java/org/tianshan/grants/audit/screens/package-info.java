/**
 * The AUDITOR's screen of the audit trail: the events newest first, narrowed to one entity, and the
 * re-walk of the hash chain that shows whether a row was edited, inserted or deleted.
 */
package org.tianshan.grants.audit.screens;
