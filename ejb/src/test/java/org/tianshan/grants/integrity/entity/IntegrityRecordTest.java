package org.tianshan.grants.integrity.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntegrityRecordTest {

    static IntegrityRecord record(String severity, String from, String until) {
        return new IntegrityRecord("PERSON", 7, severity, "r", LocalDate.parse(from), until == null ? null : LocalDate.parse(until),
                "officer", Instant.EPOCH);
    }

    @Test
    void aSeriousRecordVetoesWithinItsPeriodInclusive() {
        IntegrityRecord r = record("SERIOUS", "2026-01-01", "2028-12-31");
        assertFalse(r.vetoesOn(LocalDate.parse("2025-12-31")));
        assertTrue(r.vetoesOn(LocalDate.parse("2026-01-01")));
        assertTrue(r.vetoesOn(LocalDate.parse("2028-12-31")));
        assertFalse(r.vetoesOn(LocalDate.parse("2029-01-01")));
    }

    @Test
    void aLifelongRecordNeverEndsAndAGeneralOneNeverVetoes() {
        assertTrue(record("SERIOUS", "2020-01-01", null).vetoesOn(LocalDate.parse("2070-01-01")));
        assertFalse(record("GENERAL", "2020-01-01", null).vetoesOn(LocalDate.parse("2026-01-01")));
    }
}
