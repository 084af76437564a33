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
import org.tianshan.grants.notification.control.Notice;

import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts a notice on {@code jms/notifications} for each committed application event the PI is told of:
 * submission, withdrawal, the unit's endorsement decision and the officer's formal-check decision.
 * Runs only after the change committed, outside its transaction; a queue that cannot take the notice
 * is logged and never turns the committed decision into an error for its caller.
 */
@Stateless
public class ApplicationNotices {

    private static final Logger LOG = Logger.getLogger(ApplicationNotices.class.getName());

    @Resource(lookup = "jms/tianshanConnectionFactory")
    ConnectionFactory factory;

    @Resource(lookup = "jms/notifications")
    Queue queue;

    @Inject
    Clock clock;

    /** Announces a committed event; the notice gets the event's identity here, once, for every copy of the message. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        Notice.of(event, UUID.randomUUID().toString(), clock.instant()).ifPresent(notice -> {
            try (JMSContext jms = factory.createContext()) {
                jms.createProducer().send(queue, notice.toMap());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "notification of " + event.action() + " on application " + event.entityId()
                        + " not queued (the change itself stands)", e);
            }
        });
    }
}
