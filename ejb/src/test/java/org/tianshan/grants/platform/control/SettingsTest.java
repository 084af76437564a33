package org.tianshan.grants.platform.control;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SettingsTest {

    @Test
    void aDurationSettingIsAWholeNumberOfItsUnitAndAnythingElseMeansTheDefault() {
        assertEquals(Optional.of(Duration.ofHours(24)), Settings.amount("h", Optional.of(" 24 "), ChronoUnit.HOURS));
        assertEquals(Optional.of(Duration.ZERO), Settings.amount("m", Optional.of("0"), ChronoUnit.MINUTES));
        assertEquals(Optional.empty(), Settings.amount("h", Optional.empty(), ChronoUnit.HOURS), "unset");
        assertEquals(Optional.empty(), Settings.amount("h", Optional.of(""), ChronoUnit.HOURS), "empty");
        assertEquals(Optional.empty(), Settings.amount("h", Optional.of("two days"), ChronoUnit.HOURS), "not a number");
        assertEquals(Optional.empty(), Settings.amount("h", Optional.of("-1"), ChronoUnit.HOURS), "negative");
        assertEquals(Optional.empty(), Settings.amount("h", Optional.of("100001"), ChronoUnit.HOURS), "absurd");
    }

    @Test
    void withoutJndiEntriesTheDefaultsApply() {
        Settings settings = new Settings();
        assertEquals(Duration.ofHours(48), settings.reviewReminderHorizon());
        assertEquals(Optional.of(Duration.ofMinutes(60)), settings.reviewReminderInterval());
        assertEquals("http://localhost:8080", settings.publicUrl());
    }
}
