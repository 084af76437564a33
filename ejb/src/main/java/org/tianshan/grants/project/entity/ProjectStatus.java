package org.tianshan.grants.project.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * DESIGN.md §3, the project: CONTRACTING → ACTIVE → … → CONCLUDED; SUSPENDED and back; TERMINATED with
 * a settlement. The whole table is here; the use cases after ACTIVE come with later issues.
 */
public enum ProjectStatus {
    CONTRACTING, ACTIVE, SUSPENDED, CONCLUSION_SUBMITTED, ACCEPTANCE_REVIEW, CONCLUDED, TERMINATED;

    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = Map.of(
            CONTRACTING, EnumSet.of(ACTIVE),
            ACTIVE, EnumSet.of(CONCLUSION_SUBMITTED, SUSPENDED, TERMINATED),
            SUSPENDED, EnumSet.of(ACTIVE, TERMINATED),
            CONCLUSION_SUBMITTED, EnumSet.of(ACCEPTANCE_REVIEW),
            ACCEPTANCE_REVIEW, EnumSet.of(CONCLUDED));

    public boolean mayBecome(ProjectStatus next) {
        return NEXT.getOrDefault(this, Set.of()).contains(next);
    }
}
