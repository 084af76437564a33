package org.tianshan.grants.project.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DESIGN.md §3's project lifecycle as a transition table. */
class ProjectStatusTest {

    @Test
    void aContractingProjectOnlyBecomesActive() {
        assertTrue(ProjectStatus.CONTRACTING.mayBecome(ProjectStatus.ACTIVE));
        for (ProjectStatus other : ProjectStatus.values()) {
            if (other != ProjectStatus.ACTIVE) {
                assertFalse(ProjectStatus.CONTRACTING.mayBecome(other), other.name());
            }
        }
    }

    @Test
    void theLaterStatesFollowTheDesign() {
        assertTrue(ProjectStatus.ACTIVE.mayBecome(ProjectStatus.SUSPENDED));
        assertTrue(ProjectStatus.SUSPENDED.mayBecome(ProjectStatus.ACTIVE));
        assertTrue(ProjectStatus.SUSPENDED.mayBecome(ProjectStatus.TERMINATED));
        assertTrue(ProjectStatus.ACCEPTANCE_REVIEW.mayBecome(ProjectStatus.CONCLUDED));
        assertFalse(ProjectStatus.CONCLUDED.mayBecome(ProjectStatus.ACTIVE));
        assertFalse(ProjectStatus.ACTIVE.mayBecome(ProjectStatus.CONTRACTING));
    }
}
