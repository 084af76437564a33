/**
 * Notifications (通知): the PI hears by mail of each step their application takes — submitted,
 * withdrawn, endorsed, returned or rejected by the host unit, accepted, returned or found ineligible at
 * the formal check — with the decision and the reasons as given.
 *
 * <p>{@link org.tianshan.grants.notification.boundary.ApplicationNotices} observes the application
 * context's {@code DomainEvent}s after their transaction committed ({@code AFTER_SUCCESS}) and puts a
 * {@link org.tianshan.grants.notification.control.Notice} on the queue {@code jms/notifications};
 * {@link org.tianshan.grants.notification.boundary.NoticeMailer}, a message-driven bean, records each
 * notice in the table {@code notification} under its unique event key (so a redelivered message sends
 * nothing), writes the mail from the bundle {@code mail*.properties} (Simplified Chinese, English) and
 * sends it through the JavaMail session {@code mail/tianshan}; the record ends SENT, FAILED (with the
 * error, not retried) or NO_ADDRESS. Both resources are defined by {@code config/asadmin/40-messaging.asadmin}.
 * Reads the application's title and PI and the PI's email as read-only projections; changes no other
 * context's data and fires no events (the notification records are their own trail).
 */
package org.tianshan.grants.notification;
