package org.tianshan.grants.call.boundary;

import org.tianshan.grants.call.entity.Call;
import org.tianshan.grants.kernel.BusinessTime;

import java.time.OffsetDateTime;
import java.util.List;

/** A call as everyone reads it; times at UTC+8 (Beijing time, the time the bureau publishes in). */
public record CallView(String id, String programmeCode, String fundingMode, String title, String guide,
                       List<String> topics, OffsetDateTime opensAt, OffsetDateTime closesAt, String ceiling,
                       String totalBudget, int reviewersPerApplication, Integer maxPerExpert,
                       List<NewCall.Criterion> rubric, String challengeProblem, String challengeBounty,
                       Integer raceTeams, String dispersionThreshold, String status, long version) {

    static CallView of(Call c) {
        return new CallView(c.id().toString(), c.programmeCode(), c.fundingMode(), c.title(), c.guide(), c.topics(),
                c.opensAt().atOffset(BusinessTime.ZONE), c.closesAt().atOffset(BusinessTime.ZONE), c.ceiling().toString(),
                c.totalBudget().toString(), c.reviewersPerApplication(), c.maxPerExpert(),
                c.rubric().stream().map(r -> new NewCall.Criterion(r.code(), r.name(), r.weight(), r.maxScore())).toList(),
                c.challengeProblem(), c.challengeBounty() == null ? null : c.challengeBounty().toString(), c.raceTeams(),
                c.dispersionThreshold().toPlainString(), c.status().name(), c.version());
    }
}
