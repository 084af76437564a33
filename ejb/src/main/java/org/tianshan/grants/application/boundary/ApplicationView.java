package org.tianshan.grants.application.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import org.tianshan.grants.application.entity.GrantApplication;

import java.time.Instant;
import java.util.List;

/**
 * An application as its circle reads it, with its attachments; with the automatic checks when asked
 * for, and for bureau staff the duplicate-submission matches (查重; null for everyone else), and the promised
 * performance targets (null when none were given).
 */
public record ApplicationView(String id, String status, String callId, String piUsername, String title,
                              @JsonbProperty("abstract") String abstractText, List<String> keywords, String discipline,
                              String hostOrganizationId, List<NewApplication.Member> team, List<NewApplication.Line> budget,
                              String total, List<String> excludedExperts, String selfRaised, Instant submittedAt,
                              int frozenVersion, long version, List<Check> checks, List<AttachmentView> attachments,
                              List<DuplicateMatch> duplicates, NewApplication.Targets targets) {

    /** An automatic check: a rule code, whether it passed, and why not. */
    public record Check(String code, boolean passed, String detail) {
    }

    /** One check per submission rule, passed unless among the violations. */
    static List<Check> checks(List<org.tianshan.grants.kernel.Violation> violations) {
        return org.tianshan.grants.application.control.SubmissionFacts.RULES.stream().map(rule -> {
            String detail = violations.stream().filter(v -> v.field().equals(rule)).map(v -> v.message()).findFirst().orElse(null);
            return new Check(rule, detail == null, detail);
        }).toList();
    }

    static NewApplication.Targets targets(org.tianshan.grants.application.entity.ApplicationTargets t) {
        return new NewApplication.Targets(t.papers(), t.patents(), t.standards(), t.products(),
                t.transferIncome() == null ? null : t.transferIncome().toString(), t.peopleTrained());
    }

    static ApplicationView of(GrantApplication a, List<Check> checks) {
        return of(a, checks, List.of(), null);
    }

    static ApplicationView of(GrantApplication a, List<Check> checks, List<AttachmentView> attachments, List<DuplicateMatch> duplicates) {
        return new ApplicationView(a.id().toString(), a.status().name(), Long.toString(a.callId()), a.piUsername(), a.title(),
                a.abstractText(), a.keywords(), a.discipline(),
                a.hostOrganizationId() == null ? null : a.hostOrganizationId().toString(),
                a.team().stream().map(m -> new NewApplication.Member(Long.toString(m.accountId()), m.role())).toList(),
                a.budget().stream().map(b -> new NewApplication.Line(b.category(), b.amount().toString())).toList(),
                a.total().toString(), a.excludedExperts().stream().sorted().map(String::valueOf).toList(),
                a.selfRaised() == null ? null : a.selfRaised().toString(), a.submittedAt(), a.frozenVersion(), a.version(), checks,
                attachments, duplicates, a.targets().map(ApplicationView::targets).orElse(null));
    }
}
