package org.tianshan.grants.review.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictRulesTest {

    /** Application 7 of PI 1 and member 2 (organization 901), host unit 900. */
    static final ApplicationFacts APPLICATION = new ApplicationFacts(7, 900L, new long[]{2, 1}, new long[]{901},
            new long[]{66}, null, "52020", Set.of(), 5);

    static ExpertFacts expert(long account, Long organization, boolean barred, long[] declaredApplications,
                              long[] declaredOrganizations, long[] declaredPersons, long[] pastCoApplicants) {
        return new ExpertFacts(1, account, organization, new String[]{"520"}, Set.of(), barred, declaredApplications,
                declaredOrganizations, declaredPersons, pastCoApplicants, 3);
    }

    static ExpertFacts clean() {
        return expert(50, 800L, false, new long[]{8}, new long[]{802}, new long[]{3}, new long[]{4});
    }

    private static void assertOnly(ConflictKind kind, long subject, ExpertFacts expert) {
        assertEquals(List.of(new Conflict(kind, subject)), ConflictRules.all(APPLICATION, expert));
        assertEquals(Optional.of(new Conflict(kind, subject)), ConflictRules.first(APPLICATION, expert));
    }

    @Test
    void anExpertWithNoTieToTheTeamHasNoConflict() {
        assertTrue(ConflictRules.all(APPLICATION, clean()).isEmpty());
        assertTrue(ConflictRules.first(APPLICATION, clean()).isEmpty());
    }

    @Test
    void aTeamMemberMayNotReviewTheirOwnApplication() {
        assertOnly(ConflictKind.TEAM_MEMBER, 2, expert(2, 800L, false, null, null, null, null));
    }

    @Test
    void anExpertOfTheHostUnitIsInConflict() {
        assertOnly(ConflictKind.SAME_ORGANIZATION, 900, expert(50, 900L, false, null, null, null, null));
    }

    @Test
    void anExpertOfATeamMembersOrganizationIsInConflict() {
        assertOnly(ConflictKind.SAME_ORGANIZATION, 901, expert(50, 901L, false, null, null, null, null));
    }

    @Test
    void aConflictDeclaredOnTheApplicationCounts() {
        assertOnly(ConflictKind.DECLARED_APPLICATION, 7, expert(50, 800L, false, new long[]{7}, null, null, null));
    }

    @Test
    void aConflictDeclaredOnTheHostOrATeamOrganizationCounts() {
        assertOnly(ConflictKind.DECLARED_ORGANIZATION, 900, expert(50, 800L, false, null, new long[]{900}, null, null));
        assertOnly(ConflictKind.DECLARED_ORGANIZATION, 901, expert(50, 800L, false, null, new long[]{901}, null, null));
    }

    @Test
    void aConflictDeclaredOnATeamPersonCounts() {
        assertOnly(ConflictKind.DECLARED_PERSON, 1, expert(50, 800L, false, null, null, new long[]{1}, null));
    }

    @Test
    void anExpertOnTheApplicantsExclusionListIsInConflict() {
        assertOnly(ConflictKind.EXCLUDED_BY_APPLICANT, 66, expert(66, 800L, false, null, null, null, null));
    }

    @Test
    void anIntegrityBarredExpertIsInConflictWithEveryApplication() {
        assertOnly(ConflictKind.INTEGRITY_RECORD, 50, expert(50, 800L, true, null, null, null, null));
    }

    @Test
    void aPastCoApplicantOfATeamMemberIsInConflict() {
        assertOnly(ConflictKind.PAST_CO_APPLICANT, 2, expert(50, 800L, false, null, null, null, new long[]{9, 2}));
    }

    @Test
    void anExpertWithoutOrganizationIsNeverOfTheSameOrganization() {
        assertTrue(ConflictRules.all(APPLICATION, expert(50, null, false, null, null, null, null)).isEmpty());
    }

    @Test
    void allReportsEveryConflictInTheOrderOfTheKindsAndFirstTheFirstOfThem() {
        ExpertFacts everything = expert(66, 900L, true, new long[]{7}, new long[]{901, 900}, new long[]{1, 2},
                new long[]{1});
        assertEquals(List.of(
                new Conflict(ConflictKind.SAME_ORGANIZATION, 900),
                new Conflict(ConflictKind.DECLARED_APPLICATION, 7),
                new Conflict(ConflictKind.DECLARED_ORGANIZATION, 900),
                new Conflict(ConflictKind.DECLARED_ORGANIZATION, 901),
                new Conflict(ConflictKind.DECLARED_PERSON, 1),
                new Conflict(ConflictKind.DECLARED_PERSON, 2),
                new Conflict(ConflictKind.EXCLUDED_BY_APPLICANT, 66),
                new Conflict(ConflictKind.INTEGRITY_RECORD, 66),
                new Conflict(ConflictKind.PAST_CO_APPLICANT, 1)), ConflictRules.all(APPLICATION, everything));
        assertEquals(Optional.of(new Conflict(ConflictKind.SAME_ORGANIZATION, 900)), ConflictRules.first(APPLICATION, everything));
    }

    @Test
    void theOrderOfTheCallersArraysDoesNotMatter() {
        long[] team = new long[40];
        for (int i = 0; i < team.length; i++) {
            team[i] = 1000 - i * 7;
        }
        ApplicationFacts big = new ApplicationFacts(7, null, team, null, null, null, "520", Set.of(), 1);
        assertOnly(ConflictKind.TEAM_MEMBER, 1000 - 39 * 7,
                new ExpertFacts(1, 1000 - 39 * 7, null, new String[]{"520"}, Set.of(), false, null, null, null, null, 1),
                big);
    }

    private static void assertOnly(ConflictKind kind, long subject, ExpertFacts expert, ApplicationFacts application) {
        assertEquals(List.of(new Conflict(kind, subject)), ConflictRules.all(application, expert));
    }
}
