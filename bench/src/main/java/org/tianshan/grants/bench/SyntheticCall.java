package org.tianshan.grants.bench;

import org.tianshan.grants.review.control.ApplicationFacts;
import org.tianshan.grants.review.control.ExpertFacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A call's applications and an expert pool made up in memory for {@link AssignmentBench}, the same for the
 * same seed. Disciplines: {@code groups} first-level codes with 5 second-level and 4 third-level codes
 * under each; about one expert in five also has a code of another first level, so a first-level group holds
 * about 1.2 × experts / groups experts, the candidates of each of its applications. The conflicts are a mix
 * tuned to about 5 % of the matched pairs: same organization (100 organizations), integrity-barred experts
 * (1 %), team members, declarations, exclusion lists, past co-applicants.
 */
record SyntheticCall(List<ApplicationFacts> applications, List<ExpertFacts> experts) {

    static final int ORGANIZATIONS = 100;
    private static final int KEYWORDS_PER_GROUP = 40;
    private static final long EXPERT_ACCOUNTS = 1_000_000;
    private static final long APPLICATION_IDS = 5_000_000;

    static SyntheticCall generate(int applicationCount, int expertCount, int groups, int needed, int loadCap, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int persons = applicationCount * 5;

        List<List<Integer>> expertsOfGroup = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            expertsOfGroup.add(new ArrayList<>());
        }
        int[] expertGroup = new int[expertCount];
        for (int e = 0; e < expertCount; e++) {
            expertGroup[e] = random.nextInt(groups);
            expertsOfGroup.get(expertGroup[e]).add(e);
        }

        List<ApplicationFacts> applications = new ArrayList<>(applicationCount);
        List<List<Long>> applicationsOfGroup = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            applicationsOfGroup.add(new ArrayList<>());
        }
        for (int a = 0; a < applicationCount; a++) {
            int g = random.nextInt(groups);
            long id = APPLICATION_IDS + a;
            applicationsOfGroup.get(g).add(id);
            int teamSize = 3 + random.nextInt(6);
            long[] team = new long[teamSize];
            for (int i = 0; i < teamSize; i++) {
                team[i] = 1 + random.nextInt(persons);
            }
            List<Integer> colleagues = expertsOfGroup.get(g);
            if (!colleagues.isEmpty() && random.nextInt(100) < 20) {
                // an expert of the same field on the team
                team[teamSize - 1] = EXPERT_ACCOUNTS + colleagues.get(random.nextInt(colleagues.size()));
            }
            long[] teamOrganizations = new long[1 + random.nextInt(2)];
            for (int i = 0; i < teamOrganizations.length; i++) {
                teamOrganizations[i] = 1 + random.nextInt(ORGANIZATIONS);
            }
            long[] excluded = null;
            if (!colleagues.isEmpty() && random.nextInt(100) < 40) {
                excluded = new long[1 + random.nextInt(3)];
                for (int i = 0; i < excluded.length; i++) {
                    excluded[i] = EXPERT_ACCOUNTS + colleagues.get(random.nextInt(colleagues.size()));
                }
            }
            String code = random.nextInt(100) < 60 ? thirdLevel(g, random) : secondLevel(g, random);
            applications.add(new ApplicationFacts(id, 1L + random.nextInt(ORGANIZATIONS), team, teamOrganizations, excluded,
                    null, code, keywords(g, 3 + random.nextInt(4), random), needed));
        }

        List<ExpertFacts> experts = new ArrayList<>(expertCount);
        for (int e = 0; e < expertCount; e++) {
            int g = expertGroup[e];
            List<String> codes = new ArrayList<>();
            int level = random.nextInt(100);
            codes.add(level < 20 ? firstLevel(g) : level < 60 ? secondLevel(g, random) : thirdLevel(g, random));
            if (random.nextInt(100) < 30) {
                codes.add(thirdLevel(g, random));
            }
            if (groups > 1 && random.nextInt(100) < 20) {
                codes.add(secondLevel((g + 1 + random.nextInt(groups - 1)) % groups, random));
            }
            long[] declaredApplications = null;
            List<Long> ofGroup = applicationsOfGroup.get(g);
            if (!ofGroup.isEmpty() && random.nextInt(100) < 10) {
                declaredApplications = new long[1 + random.nextInt(3)];
                for (int i = 0; i < declaredApplications.length; i++) {
                    declaredApplications[i] = ofGroup.get(random.nextInt(ofGroup.size()));
                }
            }
            long[] declaredOrganizations = random.nextInt(100) < 10 ? new long[]{1 + random.nextInt(ORGANIZATIONS)} : null;
            long[] declaredPersons = random.nextInt(100) < 10 ? randomPersons(1 + random.nextInt(2), persons, random) : null;
            long[] pastCoApplicants = random.nextInt(100) < 30 ? randomPersons(1 + random.nextInt(5), persons, random) : null;
            experts.add(new ExpertFacts(e + 1, EXPERT_ACCOUNTS + e, 1L + random.nextInt(ORGANIZATIONS),
                    codes.toArray(String[]::new), keywords(g, 4 + random.nextInt(5), random), random.nextInt(100) < 1,
                    declaredApplications, declaredOrganizations, declaredPersons, pastCoApplicants, loadCap));
        }
        return new SyntheticCall(applications, experts);
    }

    private static long[] randomPersons(int n, int persons, SplittableRandom random) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            ids[i] = 1 + random.nextInt(persons);
        }
        return ids;
    }

    private static String firstLevel(int group) {
        return String.valueOf(110 + group * 5);
    }

    private static String secondLevel(int group, SplittableRandom random) {
        return firstLevel(group) + (10 + 10 * random.nextInt(5));
    }

    private static String thirdLevel(int group, SplittableRandom random) {
        return secondLevel(group, random) + (10 + random.nextInt(4));
    }

    /** Skewed towards a field's common words, so applications and experts share some; spelt with varying case. */
    private static Set<String> keywords(int group, int n, SplittableRandom random) {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble();
            int word = (int) (KEYWORDS_PER_GROUP * r * r);
            words.add((random.nextBoolean() ? "Field" : " field") + group + "-topic" + word);
        }
        return words;
    }
}
