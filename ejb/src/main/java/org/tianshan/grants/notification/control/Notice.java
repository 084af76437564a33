package org.tianshan.grants.notification.control;

import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.notification.entity.NotificationKind;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The message on {@code jms/notifications}: one committed application event the PI is to hear of.
 * {@code eventKey} is the event's identity, minted once when the event is observed and carried by
 * every copy of the message, so that a redelivered copy is recognised and not mailed again.
 *
 * @param eventKey      the identity of the observed event
 * @param applicationId the application
 * @param action        the DomainEvent action, e.g. {@code APPLICATION_ENDORSEMENT}
 * @param decision      {@code ENDORSE}, {@code RETURN}, … or empty for a submission or withdrawal
 * @param comment       the decision's reasons, or empty
 * @param occurredAt    when the event was committed
 */
public record Notice(String eventKey, long applicationId, String action, String decision, String comment, Instant occurredAt) {

    static final String GRANT_APPLICATION = "GrantApplication";
    static final String EVENT_KEY = "eventKey";
    static final String APPLICATION_ID = "applicationId";
    static final String ACTION = "action";
    static final String DECISION = "decision";
    static final String COMMENT = "comment";
    static final String OCCURRED_AT = "occurredAt";

    /** The names of the message's fields, as {@link #toMap} writes them. */
    public static final List<String> FIELDS = List.of(EVENT_KEY, APPLICATION_ID, ACTION, DECISION, COMMENT, OCCURRED_AT);

    public Notice {
        if (eventKey == null || eventKey.isBlank() || eventKey.length() > 64) {
            throw new IllegalArgumentException("a notice needs an event key of 1 to 64 characters");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("a notice needs an action");
        }
        if (occurredAt == null) {
            throw new IllegalArgumentException("a notice needs its time");
        }
        decision = decision == null ? "" : decision;
        comment = comment == null ? "" : comment;
    }

    /** The notice of a committed domain event, if it is an application event the PI is told of. */
    public static Optional<Notice> of(DomainEvent event, String eventKey, Instant occurredAt) {
        if (!GRANT_APPLICATION.equals(event.entityType())) {
            return Optional.empty();
        }
        String decision = event.detail().getOrDefault(DECISION, "");
        if (NotificationKind.of(event.action(), decision).isEmpty()) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(event.entityId());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(new Notice(eventKey, id, event.action(), decision, event.detail().getOrDefault(COMMENT, ""), occurredAt));
    }

    /** What the PI is told; empty for an action or decision that is not announced. */
    public Optional<NotificationKind> kind() {
        return NotificationKind.of(action, decision);
    }

    /** The message body: strings only, so any JMS client reads it as a MapMessage. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(EVENT_KEY, eventKey);
        map.put(APPLICATION_ID, Long.toString(applicationId));
        map.put(ACTION, action);
        map.put(DECISION, decision);
        map.put(COMMENT, comment);
        map.put(OCCURRED_AT, occurredAt.toString());
        return map;
    }

    /** Reads a message body written by {@link #toMap}; a malformed one is an {@link IllegalArgumentException}. */
    public static Notice fromMap(Map<String, String> map) {
        try {
            return new Notice(map.get(EVENT_KEY), Long.parseLong(String.valueOf(map.get(APPLICATION_ID))), map.get(ACTION),
                    map.get(DECISION), map.get(COMMENT), Instant.parse(String.valueOf(map.get(OCCURRED_AT))));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a notice: " + map, e);
        }
    }
}
