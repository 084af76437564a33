package org.tianshan.grants.review.boundary;

import jakarta.persistence.EntityManager;
import org.tianshan.grants.application.entity.GrantApplication;
import org.tianshan.grants.platform.entity.Account;
import org.tianshan.grants.platform.entity.Organization;
import org.tianshan.grants.review.control.Conflict;
import java.util.HashMap;
import java.util.Map;

/** Puts a conflict into a sentence an officer can read ("same organization: 新疆大学"), naming its subject. */
final class Explanations {

    private final EntityManager em;
    private final Map<Long, String> persons = new HashMap<>();
    private final Map<Long, String> organizations = new HashMap<>();

    Explanations(EntityManager em) {
        this.em = em;
    }

    CandidateView.Explanation of(Conflict conflict) {
        long id = conflict.subjectId();
        String subject;
        String sentence;
        switch (conflict.kind()) {
            case TEAM_MEMBER -> {
                subject = person(id);
                sentence = "on the application's team: " + subject;
            }
            case SAME_ORGANIZATION -> {
                subject = organization(id);
                sentence = "same organization: " + subject;
            }
            case DECLARED_APPLICATION -> {
                GrantApplication application = em.find(GrantApplication.class, id);
                subject = application == null || application.title() == null ? "#" + id : application.title();
                sentence = "declared a conflict with this application";
            }
            case DECLARED_ORGANIZATION -> {
                subject = organization(id);
                sentence = "declared a conflict with organization: " + subject;
            }
            case DECLARED_PERSON -> {
                subject = person(id);
                sentence = "declared a conflict with person: " + subject;
            }
            case EXCLUDED_BY_APPLICANT -> {
                subject = person(id);
                sentence = "on the applicant's exclusion list";
            }
            case INTEGRITY_RECORD -> {
                subject = person(id);
                sentence = "an integrity record is in force";
            }
            case PAST_CO_APPLICANT -> {
                subject = person(id);
                sentence = "past co-applicant of team member: " + subject;
            }
            default -> throw new IllegalArgumentException(conflict.kind().name());
        }
        return new CandidateView.Explanation(conflict.kind().name(), Long.toString(id), subject, sentence);
    }

    String person(long accountId) {
        return persons.computeIfAbsent(accountId, id -> {
            Account account = em.find(Account.class, id);
            return account == null ? "#" + id : account.displayName();
        });
    }

    String organization(long organizationId) {
        return organizations.computeIfAbsent(organizationId, id -> {
            Organization organization = em.find(Organization.class, id);
            return organization == null ? "#" + id : organization.name();
        });
    }
}
