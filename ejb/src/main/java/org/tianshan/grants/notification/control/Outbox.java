package org.tianshan.grants.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.notification.entity.Notification;
import org.tianshan.grants.notification.entity.NotificationKind;

import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The notification records, each step in a transaction of its own so that sending a mail (slow,
 * outside any transaction) sits between two commits: first the record that claims the event (its
 * unique key stops any later copy of the message), then the outcome. A notification is therefore
 * sent at most once; one that a crash left SENDING stays so rather than risk a second mail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Recipients recipients;

    @Inject
    Clock clock;

    /**
     * Claims the notice's event and renders its mail. Empty when there is nothing to send: a copy of
     * a message already handled (counted as a redelivery, see {@link #countCopy}), a recipient without an email address
     * (recorded NO_ADDRESS), an application that does not exist or an action that is not announced.
     */
    public Optional<Outgoing> open(Notice notice) {
        // a plain read first: an UPDATE of a key not yet there would lock the index gap, and copies of
        // different events would then deadlock on their inserts
        boolean known = !em.createNamedQuery(Notification.BY_EVENT, Notification.class).setParameter("key", notice.eventKey())
                .getResultList().isEmpty();
        if (known && countCopy(notice.eventKey())) {
            LOG.info(() -> "notification event " + notice.eventKey() + " arrived again: already handled, not sent again");
            return Optional.empty();
        }
        Optional<NotificationKind> kind = notice.kind();
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<Recipients.Recipient> recipient = recipients.piOf(notice.applicationId());
        if (recipient.isEmpty()) {
            LOG.warning(() -> "notification event " + notice.eventKey() + " names application " + notice.applicationId() + ", which does not exist");
            return Optional.empty();
        }
        Recipients.Recipient pi = recipient.get();
        Letter letter = Letters.write(notice, kind.get(), pi.title(), pi.displayName(), Letters.DEFAULT_LOCALE);
        Notification notification = new Notification(notice.eventKey(), kind.get(), notice.applicationId(), notice.action(),
                notice.decision(), notice.comment(), notice.occurredAt(), pi.accountId(), pi.hasAddress() ? pi.email().strip() : null,
                letter.subject(), clock.instant());
        em.persist(notification);
        em.flush();   // a copy being handled at the same moment fails here, on the unique event key
        if (!pi.hasAddress()) {
            return Optional.empty();
        }
        return Optional.of(new Outgoing(notification.id(), notice.eventKey(), notification.email(), letter));
    }

    /**
     * Claims an expert's mail about review tasks under its key. Empty when there is nothing to send: a
     * mail of that key was recorded before (a copy of the message, or another event about the same run:
     * counted as a redelivery), or the expert has no email address (recorded NO_ADDRESS).
     */
    public Optional<Outgoing> claim(ReviewMail mail) {
        boolean known = !em.createNamedQuery(Notification.BY_EVENT, Notification.class).setParameter("key", mail.eventKey())
                .getResultList().isEmpty();
        if (known && countCopy(mail.eventKey())) {
            LOG.info(() -> "notification " + mail.eventKey() + " was handled before: not sent again");
            return Optional.empty();
        }
        Notification notification = Notification.aboutReviews(mail.eventKey(), mail.kind(), mail.runId(), mail.reviewId(),
                mail.action(), mail.occurredAt(), mail.accountId(), mail.hasAddress() ? mail.email() : null,
                mail.letter().subject(), clock.instant());
        em.persist(notification);
        em.flush();   // a copy being handled at the same moment fails here, on the unique event key
        if (!mail.hasAddress()) {
            return Optional.empty();
        }
        return Optional.of(new Outgoing(notification.id(), mail.eventKey(), notification.email(), mail.letter()));
    }

    /**
     * Counts another copy of an event's message, if the event has a record; false when it has none.
     * After a failed {@link #open} this tells a copy handled at the same moment from a real failure.
     */
    public boolean countCopy(String eventKey) {
        return em.createNamedQuery(Notification.COUNT_COPY).setParameter("key", eventKey).executeUpdate() > 0;
    }

    /** The mail server took the message. */
    public void sent(long notificationId) {
        em.find(Notification.class, notificationId).sent(clock.instant());
    }

    /** The mail could not be sent: recorded with the reason, and not tried again. */
    public void failed(long notificationId, String reason) {
        em.find(Notification.class, notificationId).failed(reason, clock.instant());
    }
}
