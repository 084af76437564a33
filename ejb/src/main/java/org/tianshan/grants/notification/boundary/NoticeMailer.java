package org.tianshan.grants.notification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.MessagingException;
import org.tianshan.grants.notification.control.Notice;
import org.tianshan.grants.notification.control.Outbox;
import org.tianshan.grants.notification.control.Outgoing;
import org.tianshan.grants.notification.control.Postman;
import org.tianshan.grants.notification.control.ReviewMail;
import org.tianshan.grants.notification.control.ReviewMails;
import org.tianshan.grants.notification.control.ReviewNotice;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Mails each notice on {@code jms/notifications}: an application's to its PI, a review notice to each
 * expert concerned (one mail per expert and assignment run, or the one reminder of a review). Idempotent:
 * each mail's event key is recorded before sending, so a redelivered copy sends nothing. A mail that cannot be
 * sent (server down, address refused) is recorded FAILED with the reason and the message is consumed:
 * it is not redelivered over and over. Without a transaction of its own: the send sits between the
 * two commits of {@link Outbox}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/notifications"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NoticeMailer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());

    @Inject
    Outbox outbox;

    @Inject
    Postman postman;

    @Inject
    ReviewMails reviewMails;

    @Override
    public void onMessage(Message message) {
        Notice notice = null;
        ReviewNotice reviewNotice = null;
        try {
            Map<String, String> fields = fields(message);
            if (ReviewNotice.isOne(fields)) {
                reviewNotice = ReviewNotice.fromMap(fields);
            } else {
                notice = Notice.fromMap(fields);
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "dropped a message on jms/notifications that is no notice", e);
            return;
        }
        if (reviewNotice != null) {
            mailExperts(reviewNotice);
        } else {
            mailPi(notice);
        }
    }

    private void mailPi(Notice notice) {
        Optional<Outgoing> outgoing;
        try {
            outgoing = outbox.open(notice);
        } catch (EJBException e) {
            if (outbox.countCopy(notice.eventKey())) {
                LOG.info(() -> "notification event " + notice.eventKey() + " was claimed by a copy handled at the same moment; not sent again");
                return;
            }
            throw e;   // the database failed: let JMS redeliver (a bounded number of times)
        }
        outgoing.ifPresent(this::deliver);
    }

    /** Each expert's mail in a claim of its own: a redelivery after a failure part-way sends only those not yet claimed. */
    private void mailExperts(ReviewNotice notice) {
        for (ReviewMail mail : reviewMails.of(notice)) {
            Optional<Outgoing> outgoing;
            try {
                outgoing = outbox.claim(mail);
            } catch (EJBException e) {
                if (outbox.countCopy(mail.eventKey())) {
                    LOG.info(() -> "notification " + mail.eventKey() + " was claimed by a copy handled at the same moment; not sent again");
                    continue;
                }
                throw e;   // the database failed: let JMS redeliver (a bounded number of times)
            }
            outgoing.ifPresent(this::deliver);
        }
    }

    private void deliver(Outgoing mail) {
        try {
            postman.send(mail);
        } catch (MessagingException | RuntimeException e) {
            String reason = describe(e);
            // one line, no stack trace: with no mail server (demo mode) every notification ends here
            LOG.warning(() -> "notification " + mail.notificationId() + " to " + mail.email() + " failed: " + reason);
            outbox.failed(mail.notificationId(), reason);
            return;
        }
        outbox.sent(mail.notificationId());
    }

    /** The fields of a notice's MapMessage, a {@link Notice} or a {@link ReviewNotice} (which has the field {@code topic}). */
    private static Map<String, String> fields(Message message) throws JMSException {
        if (!(message instanceof MapMessage)) {
            throw new IllegalArgumentException("expected a MapMessage, got " + message.getClass().getName());
        }
        MapMessage map = (MapMessage) message;
        Map<String, String> fields = new HashMap<>();
        for (String name : Notice.FIELDS) {
            fields.put(name, map.getString(name));
        }
        for (String name : ReviewNotice.FIELDS) {
            fields.put(name, map.getString(name));
        }
        return fields;
    }

    /** The error and its causes in one line, e.g. "MailConnectException: Couldn't connect … ← ConnectException: Connection refused". */
    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            if (text.length() > 0) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return text.toString();
    }
}
