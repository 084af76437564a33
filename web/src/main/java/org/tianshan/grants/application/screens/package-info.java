/**
 * The screens of applications: the applicant's list (我的申报) and the four-step application form with
 * the integrity pledge at submission, the read-only view of one application, the host unit's
 * endorsement queue (单位审核) and the programme officer's formal-check queue (形式审查) with the
 * automatic checks. The queues read through {@code application.boundary.ApplicationQueues}.
 */
package org.tianshan.grants.application.screens;
