/**
 * Notifications (通知): the PI hears by mail of each step their application takes — submitted,
 * withdrawn, endorsed, returned or rejected by the host unit, accepted, returned or found ineligible at
 * the formal check — with the decision and the reasons as given. An expert hears of new review tasks
 * (one mail per assignment run: how many, for which call, until when, and the link to their task list)
 * and, once, of a review whose deadline draws near. Experts' mails go to experts only: no PI is ever
 * told who reviews their application.
 *
 * <p>{@link org.tianshan.grants.notification.boundary.ApplicationNotices} observes the application
 * context's {@code DomainEvent}s after their transaction committed ({@code AFTER_SUCCESS}) and puts a
 * {@link org.tianshan.grants.notification.control.Notice} on the queue {@code jms/notifications};
 * {@link org.tianshan.grants.notification.boundary.ReviewNotices} does the same with a
 * {@link org.tianshan.grants.notification.control.ReviewNotice} for the review context's assignment runs,
 * swaps and reminders ({@code REVIEW_REMINDED}, fired by the review context's reminder timer).
 * {@link org.tianshan.grants.notification.boundary.NoticeMailer}, a message-driven bean, records each
 * mail in the table {@code notification} under its unique event key (the notice's minted key for a PI;
 * run and expert, or review, for an expert), so a redelivered message sends nothing, writes the mail from
 * the bundle {@code mail*.properties} (Simplified Chinese, English) and sends it through the JavaMail
 * session {@code mail/tianshan}; the record ends SENT, FAILED (with the error, not retried) or NO_ADDRESS.
 * Both resources are defined by {@code config/asadmin/40-messaging.asadmin}.
 * Reads applications, reviews, calls and accounts as read-only projections; changes no other
 * context's data and fires no events (the notification records are their own trail).
 */
package org.tianshan.grants.notification;
