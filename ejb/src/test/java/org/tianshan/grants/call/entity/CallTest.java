package org.tianshan.grants.call.entity;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.kernel.Money;
import org.tianshan.grants.kernel.StateConflict;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallTest {

    static final Instant OPENS = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant CLOSES = Instant.parse("2027-01-15T09:00:00Z");

    private Call call() {
        return new Call("KEY_RD_GENERAL", "COMPETITIVE", "t", null, List.of(), OPENS, CLOSES, Money.parse("1"),
                Money.parse("2"), 5, null, List.of(), null, null, null, "officer", OPENS);
    }

    @Test
    void publishOpensAtOnceOrWaitsForApproval() {
        assertEquals(CallStatus.OPEN, call().publish(false));
        Call awaiting = call();
        assertEquals(CallStatus.PENDING_APPROVAL, awaiting.publish(true));
        assertEquals(CallStatus.OPEN, awaiting.approve());
    }

    @Test
    void illegalTransitionsNameTheCurrentState() {
        Call draft = call();
        StateConflict notOpen = assertThrows(StateConflict.class, draft::close);
        assertTrue(notOpen.getMessage().contains("DRAFT"));
        assertThrows(StateConflict.class, draft::approve);
        draft.publish(false);
        draft.close();
        assertThrows(StateConflict.class, draft::close);
        assertThrows(StateConflict.class, () -> draft.publish(false));
    }

    @Test
    void acceptsSubmissionsOnlyWhileOpenAndInsideTheWindow() {
        Call open = call();
        assertFalse(open.accepts(OPENS.plusSeconds(1)), "a draft accepts nothing");
        open.publish(false);
        assertFalse(open.accepts(OPENS.minusSeconds(1)));
        assertTrue(open.accepts(OPENS));
        assertTrue(open.accepts(CLOSES.minusSeconds(1)));
        assertFalse(open.accepts(CLOSES), "closesAt itself is too late");
        assertFalse(open.accepts(CLOSES.plusSeconds(1)));
    }
}
