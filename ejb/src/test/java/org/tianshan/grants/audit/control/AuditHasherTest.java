package org.tianshan.grants.audit.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditHasherTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static String hash(long seq, String actor, String detail, String prev) {
        return AuditHasher.hash(seq, AT, actor, "ACCOUNT_CREATED", "Account", "7", detail, prev);
    }

    @Test
    void sameFactsGiveTheSameHash() {
        assertEquals(hash(1, "admin", "{}", AuditHasher.GENESIS), hash(1, "admin", "{}", AuditHasher.GENESIS));
        assertTrue(hash(1, "admin", "{}", AuditHasher.GENESIS).matches("[0-9a-f]{64}"));
    }

    @Test
    void anyChangedFieldOrLinkChangesTheHash() {
        String original = hash(1, "admin", "{}", AuditHasher.GENESIS);
        assertNotEquals(original, hash(2, "admin", "{}", AuditHasher.GENESIS));
        assertNotEquals(original, hash(1, "admln", "{}", AuditHasher.GENESIS));
        assertNotEquals(original, hash(1, "admin", "{\"a\":\"b\"}", AuditHasher.GENESIS));
        assertNotEquals(original, hash(1, "admin", "{}", "1".repeat(64)));
        assertNotEquals(original, AuditHasher.hash(1, AT.plusSeconds(1), "admin", "ACCOUNT_CREATED", "Account", "7", "{}", AuditHasher.GENESIS));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        // "ab"+"c" and "a"+"bc" must not collide: the canonical form is a JSON array, not a concatenation
        assertNotEquals(AuditHasher.hash(1, AT, "ab", "c", "T", "1", "{}", AuditHasher.GENESIS),
                AuditHasher.hash(1, AT, "a", "bc", "T", "1", "{}", AuditHasher.GENESIS));
    }

    @Test
    void detailIsCanonicalWhateverTheInsertionOrder() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "二");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "二");
        ba.put("a", "1");
        assertEquals(AuditHasher.canonicalDetail(ab), AuditHasher.canonicalDetail(ba));
        assertEquals("{\"a\":\"1\",\"b\":\"二\"}", AuditHasher.canonicalDetail(ab));
    }
}
