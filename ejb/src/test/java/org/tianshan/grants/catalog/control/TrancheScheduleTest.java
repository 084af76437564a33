package org.tianshan.grants.catalog.control;

import org.junit.jupiter.api.Test;
import org.tianshan.grants.catalog.entity.TrancheCondition;
import org.tianshan.grants.catalog.entity.TrancheRule;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class TrancheScheduleTest {

    @Test
    void sixtyFortyIsValid() {
        assertTrue(new TrancheSchedule(List.of(
                new TrancheRule(1, new BigDecimal("0.6000"), TrancheCondition.AT_CONTRACT),
                new TrancheRule(2, new BigDecimal("0.4000"), TrancheCondition.AFTER_MIDTERM))).problem().isEmpty());
    }

    @Test
    void sharesMustSumToExactlyOne() {
        assertTrue(new TrancheSchedule(List.of(
                new TrancheRule(1, new BigDecimal("0.6"), TrancheCondition.AT_CONTRACT),
                new TrancheRule(2, new BigDecimal("0.3"), TrancheCondition.AFTER_MIDTERM))).problem().orElseThrow().contains("0.9"));
    }

    @Test
    void tranchesAreNumberedFromOneAndPositive() {
        assertTrue(new TrancheSchedule(List.of(
                new TrancheRule(2, BigDecimal.ONE, TrancheCondition.AT_CONTRACT))).problem().isPresent());
        assertTrue(new TrancheSchedule(List.of(
                new TrancheRule(1, new BigDecimal("1.5"), TrancheCondition.AT_CONTRACT),
                new TrancheRule(2, new BigDecimal("-0.5"), TrancheCondition.AFTER_MIDTERM))).problem().orElseThrow().contains("positive"));
        assertTrue(new TrancheSchedule(List.of()).problem().isPresent());
    }
}
