package org.tianshan.grants.notification.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.notification.entity.NotificationKind;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoticeTest {

    static final Instant AT = Instant.parse("2026-03-02T02:05:00.123456Z");

    static DomainEvent decision(String action, String decision, String comment) {
        return new DomainEvent(action, "GrantApplication", "42", Map.of("decision", decision, "to", "DRAFT", "comment", comment));
    }

    @Test
    void aDecisionOnAnApplicationBecomesANoticeWithItsDecisionAndReasons() {
        Notice notice = Notice.of(decision("APPLICATION_ENDORSEMENT", "RETURN", "预算说明不充分"), "key-1", AT).orElseThrow();
        assertEquals(new Notice("key-1", 42, "APPLICATION_ENDORSEMENT", "RETURN", "预算说明不充分", AT), notice);
        assertEquals(Optional.of(NotificationKind.RETURNED_BY_UNIT), notice.kind());
    }

    @Test
    void submissionAndWithdrawalAreAnnouncedWithoutDecision() {
        assertEquals(Optional.of(NotificationKind.SUBMITTED), Notice.of(new DomainEvent("APPLICATION_SUBMITTED", "GrantApplication", "7",
                Map.of("version", "1", "contentHash", "ab", "total", "1.00")), "k", AT).orElseThrow().kind());
        assertEquals(Optional.of(NotificationKind.WITHDRAWN), Notice.of(new DomainEvent("APPLICATION_WITHDRAWN", "GrantApplication", "7",
                Map.of()), "k", AT).orElseThrow().kind());
    }

    @Test
    void otherEventsAreNotAnnounced() {
        assertTrue(Notice.of(new DomainEvent("APPLICATION_REVISED", "GrantApplication", "7", Map.of("title", "t")), "k", AT).isEmpty(),
                "a PI's own edit");
        assertTrue(Notice.of(new DomainEvent("ACCOUNT_CREATED", "Account", "7", Map.of()), "k", AT).isEmpty(), "another aggregate");
        assertTrue(Notice.of(decision("APPLICATION_FORMAL_CHECK", "MAYBE", ""), "k", AT).isEmpty(), "a decision the mails do not know");
        assertTrue(Notice.of(new DomainEvent("APPLICATION_SUBMITTED", "Call", "7", Map.of()), "k", AT).isEmpty(), "the same action on another type");
    }

    @Test
    void eachKindBelongsToOneActionAndDecision() {
        assertEquals(Optional.of(NotificationKind.ENDORSED), NotificationKind.of("APPLICATION_ENDORSEMENT", "ENDORSE"));
        assertEquals(Optional.of(NotificationKind.REJECTED_BY_UNIT), NotificationKind.of("APPLICATION_ENDORSEMENT", "REJECT"));
        assertEquals(Optional.of(NotificationKind.ACCEPTED), NotificationKind.of("APPLICATION_FORMAL_CHECK", "ACCEPT"));
        assertEquals(Optional.of(NotificationKind.RETURNED_AT_FORMAL_CHECK), NotificationKind.of("APPLICATION_FORMAL_CHECK", "RETURN"));
        assertEquals(Optional.of(NotificationKind.INELIGIBLE), NotificationKind.of("APPLICATION_FORMAL_CHECK", "INELIGIBLE"));
        assertTrue(NotificationKind.of("APPLICATION_ENDORSEMENT", "ACCEPT").isEmpty(), "the unit does not accept");
        assertTrue(NotificationKind.of(null, null).isEmpty());
    }

    @Test
    void everyCopyOfTheMessageCarriesTheSameEventIdentity() {
        Notice notice = new Notice("3f2b-…", 42, "APPLICATION_FORMAL_CHECK", "ACCEPT", "形式审查通过", AT);
        Map<String, String> copy = new HashMap<>();
        notice.toMap().forEach((k, v) -> copy.put(k, (String) v));
        assertEquals(notice, Notice.fromMap(copy), "a redelivered copy reads back as the same notice, event key and time included");
        assertEquals(Notice.FIELDS, java.util.List.copyOf(notice.toMap().keySet()));
    }

    @Test
    void aMessageWithoutEventIdentityIsNoNotice() {
        Map<String, String> fields = new HashMap<>();
        new Notice("k", 42, "APPLICATION_SUBMITTED", "", "", AT).toMap().forEach((k, v) -> fields.put(k, (String) v));
        fields.put("eventKey", " ");
        assertThrows(IllegalArgumentException.class, () -> Notice.fromMap(fields));
        fields.put("eventKey", "k");
        fields.put("applicationId", "x");
        assertThrows(IllegalArgumentException.class, () -> Notice.fromMap(fields));
    }
}
