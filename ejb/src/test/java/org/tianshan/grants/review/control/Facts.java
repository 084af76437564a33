package org.tianshan.grants.review.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Facts for the tests: plain applications and experts with only what a test is about set. */
final class Facts {

    static final long HOST = 900;

    private Facts() {
    }

    static ApplicationFacts application(long id, String discipline, int needed) {
        return new ApplicationFacts(id, HOST, new long[]{1, 2}, new long[]{901}, null, null, discipline, Set.of(), needed);
    }

    static ExpertFacts expert(long id, String discipline, int capacity) {
        return new ExpertFacts(id, 1000 + id, 500L + id, new String[]{discipline}, Set.of(), false, null, null, null, null,
                capacity);
    }

    /**
     * A small random instance: one first-level code, so every pair is matched; some pairs excluded by the
     * applicant, so rows differ; random affinities through second-level codes and keywords.
     */
    static CandidateGraph randomGraph(SplittableRandom random, int applications, int experts, int maxNeeded, int maxCapacity) {
        String[] codes = {"520", "52010", "52020", "5201010", "5202010"};
        String[] words = {"a", "b", "c", "d", "e", "f"};
        List<ExpertFacts> pool = new ArrayList<>();
        for (int e = 0; e < experts; e++) {
            pool.add(new ExpertFacts(100 + e, 1000 + e, null, new String[]{codes[random.nextInt(codes.length)]},
                    pick(random, words), false, null, null, null, null, random.nextInt(maxCapacity + 1)));
        }
        List<ApplicationFacts> apps = new ArrayList<>();
        for (int a = 0; a < applications; a++) {
            long[] excluded = random.nextInt(3) == 0 ? new long[]{1000 + random.nextInt(experts)} : null;
            apps.add(new ApplicationFacts(a + 1, null, new long[]{9000 + a}, null, excluded, null,
                    codes[random.nextInt(codes.length)], pick(random, words), random.nextInt(maxNeeded + 1)));
        }
        return CandidateGraph.build(apps, pool);
    }

    private static Set<String> pick(SplittableRandom random, String[] words) {
        Set<String> picked = new java.util.HashSet<>();
        for (String word : words) {
            if (random.nextInt(2) == 0) {
                picked.add(word);
            }
        }
        return picked;
    }
}
