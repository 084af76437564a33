package org.tianshan.grants.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.notification.control.ReviewNotice;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts a notice on {@code jms/notifications} for each committed review event experts are told of: an
 * assignment run (a call's draw or a replacement's), an officer's swap, a review reminded of its
 * deadline. As {@link ApplicationNotices}: only after the change committed, outside its transaction; a
 * queue that cannot take the notice is logged and never undoes the assignment or the reminder.
 */
@Stateless
public class ReviewNotices {

    private static final Logger LOG = Logger.getLogger(ReviewNotices.class.getName());

    @Resource(lookup = "jms/tianshanConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = "jms/notifications")
    Queue queue;

    @Inject
    Clock clock;

    /** Announces a committed review event to the mailer, which finds the experts concerned. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        ReviewNotice.of(event, clock.instant()).ifPresent(notice -> {
            try (JMSContext jms = factory.createContext()) {
                jms.createProducer().send(queue, notice.toMap());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "notification of " + event.action() + " on " + event.entityType() + " " + event.entityId()
                        + " not queued (the change itself stands)", e);
            }
        });
    }
}
