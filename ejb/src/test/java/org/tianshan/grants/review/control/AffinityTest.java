package org.tianshan.grants.review.control;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AffinityTest {

    private static int score(String applicationCode, Set<String> applicationKeywords, Set<String> expertKeywords,
                             String... expertCodes) {
        ApplicationFacts application = new ApplicationFacts(1, null, null, null, null, null, applicationCode,
                applicationKeywords, 1);
        ExpertFacts expert = new ExpertFacts(1, 1, null, expertCodes, expertKeywords, false, null, null, null, null, 1);
        return Affinity.score(application, expert);
    }

    @Test
    void noSharedFirstLevelMeansNotACandidate() {
        assertEquals(-1, score("52020", Set.of("x"), Set.of("x"), "510", "53020"));
        assertEquals(-1, score(null, Set.of(), Set.of(), "520"));
        assertEquals(-1, score("52020", Set.of(), Set.of()));
    }

    @Test
    void theClosestOfTheExpertsCodesCounts() {
        assertEquals(10, score("52020", Set.of(), Set.of(), "520", "52020"));
        assertEquals(7, score("5202010", Set.of(), Set.of(), "520", "5202020", "52010"));
        assertEquals(7, score("5202010", Set.of(), Set.of(), "52020"));
        assertEquals(4, score("52020", Set.of(), Set.of(), "52010", "520"));
        assertEquals(4, score("520", Set.of(), Set.of(), "52010"));
        assertEquals(10, score("520", Set.of(), Set.of(), "520"));
    }

    @Test
    void twoPerSharedKeywordCaseAndSpacesIgnoredCappedAtTen() {
        assertEquals(4 + 4, score("520", Set.of("Graphene", " catalysis "), Set.of("graphene", "CATALYSIS", "x"), "52010"));
        assertEquals(Affinity.MAX, score("520", Set.of("a", "b", "c", "d", "e", "f"), Set.of("a", "b", "c", "d", "e", "f"),
                "520"));
    }
}
