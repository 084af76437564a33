package org.tianshan.grants.project.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code PUT /projects/{id}/plan}: the PI's refinement. {@code kpis}: the targets to change (others stay),
 * each {@code {"code","target"}} with the target as a string; {@code milestones}: the whole new list (absent:
 * unchanged), each {@code {"dueOn":"YYYY-MM-DD","description"}}; {@code version}: the version read (409 when stale).
 */
public record PlanChange(@Size(max = 6) @Valid List<KpiTarget> kpis,
                         @Size(min = 1, max = 20) @Valid List<MilestoneEntry> milestones,
                         @NotNull Long version) {

    public record KpiTarget(@NotBlank @Size(max = 30) String code, @NotBlank @Size(max = 20) String target) {
    }

    public record MilestoneEntry(@NotBlank @Size(max = 10) String dueOn, @NotBlank @Size(max = 500) String description) {
    }
}
