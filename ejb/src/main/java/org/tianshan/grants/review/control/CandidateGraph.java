package org.tianshan.grants.review.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The eligible application–expert arcs of one assignment run: discipline-matched, conflict-free and not
 * previously drawn, each with its {@link Affinity}. Stored as compressed rows (arcs of application {@code a}
 * are {@code start(a)} ≤ arc &lt; {@code end(a)}, experts ascending), so 4 million arcs take about 20 MB.
 * Built once per run and read by both {@link RandomDraw} and {@link OptimalMatching}; immutable.
 */
public final class CandidateGraph {

    private final List<ApplicationFacts> applications;
    private final List<ExpertFacts> experts;
    final int[] start;
    final int[] expert;
    final byte[] affinity;
    private final int[] matched;
    private final int[] conflicted;

    private CandidateGraph(List<ApplicationFacts> applications, List<ExpertFacts> experts, int[] start, int[] expert,
                           byte[] affinity, int[] matched, int[] conflicted) {
        this.applications = applications;
        this.experts = experts;
        this.start = start;
        this.expert = expert;
        this.affinity = affinity;
        this.matched = matched;
        this.conflicted = conflicted;
    }

    /**
     * Finds each application's candidates among the experts sharing its first-level discipline only, so the
     * work grows with the candidates, not with applications × experts.
     */
    public static CandidateGraph build(List<ApplicationFacts> applications, List<ExpertFacts> experts) {
        List<ApplicationFacts> apps = List.copyOf(applications);
        List<ExpertFacts> pool = List.copyOf(experts);
        Map<String, int[]> byFirstLevel = groupByFirstLevel(pool);

        // Keywords as sorted int ids: a merge of two short int arrays instead of string hashing per pair.
        Map<String, Integer> vocabulary = new HashMap<>();
        int[][] expertKeywords = new int[pool.size()][];
        for (int e = 0; e < pool.size(); e++) {
            expertKeywords[e] = keywordIds(pool.get(e).keywords(), vocabulary, true);
        }

        int[] start = new int[apps.size() + 1];
        int[] matched = new int[apps.size()];
        int[] conflicted = new int[apps.size()];
        int[] arcExpert = new int[Math.max(16, apps.size() * 8)];
        byte[] arcAffinity = new byte[arcExpert.length];
        int arcs = 0;
        for (int a = 0; a < apps.size(); a++) {
            start[a] = arcs;
            ApplicationFacts application = apps.get(a);
            String firstLevel = Affinity.firstLevel(application.discipline());
            int[] group = firstLevel == null ? null : byFirstLevel.get(firstLevel);
            if (group == null) {
                continue;
            }
            int[] keywords = keywordIds(application.keywords(), vocabulary, false);
            matched[a] = group.length;
            for (int e : group) {
                ExpertFacts candidate = pool.get(e);
                if (SortedIds.contains(application.previousExpertIds(), candidate.expertId())
                        || ConflictRules.conflicting(application, candidate)) {
                    conflicted[a]++;
                    continue;
                }
                if (arcs == arcExpert.length) {
                    int grown = arcExpert.length + (arcExpert.length >> 1);
                    arcExpert = Arrays.copyOf(arcExpert, grown);
                    arcAffinity = Arrays.copyOf(arcAffinity, grown);
                }
                arcExpert[arcs] = e;
                arcAffinity[arcs] = (byte) (Affinity.disciplinePart(application.discipline(), candidate.disciplines())
                        + Affinity.keywordPart(shared(keywords, expertKeywords[e])));
                arcs++;
            }
        }
        start[apps.size()] = arcs;
        return new CandidateGraph(apps, pool, start, Arrays.copyOf(arcExpert, arcs), Arrays.copyOf(arcAffinity, arcs),
                matched, conflicted);
    }

    /** Expert indices per first-level code, ascending; an expert with several codes of one first level appears once. */
    private static Map<String, int[]> groupByFirstLevel(List<ExpertFacts> pool) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int e = 0; e < pool.size(); e++) {
            String previous = null;
            for (String code : pool.get(e).disciplines()) {
                String firstLevel = Affinity.firstLevel(code);
                if (firstLevel == null || firstLevel.equals(previous)) {
                    continue;
                }
                List<Integer> group = groups.computeIfAbsent(firstLevel, k -> new ArrayList<>());
                // codes need not be sorted, so "once" is checked against the group's tail: e is the newest member
                if (group.isEmpty() || group.get(group.size() - 1) != e) {
                    group.add(e);
                }
                previous = firstLevel;
            }
        }
        Map<String, int[]> arrays = new HashMap<>(groups.size() * 2);
        groups.forEach((code, members) -> arrays.put(code, members.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    private static int[] keywordIds(Set<String> keywords, Map<String, Integer> vocabulary, boolean add) {
        int[] ids = new int[keywords.size()];
        int n = 0;
        for (String keyword : keywords) {
            Integer id = add ? vocabulary.computeIfAbsent(keyword, k -> vocabulary.size()) : vocabulary.get(keyword);
            // a keyword no expert has can never be shared
            if (id != null) {
                ids[n++] = id;
            }
        }
        int[] result = Arrays.copyOf(ids, n);
        Arrays.sort(result);
        return result;
    }

    private static int shared(int[] left, int[] right) {
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < left.length && j < right.length) {
            if (left[i] < right[j]) {
                i++;
            } else if (left[i] > right[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    public int applications() {
        return applications.size();
    }

    public int experts() {
        return experts.size();
    }

    public ApplicationFacts application(int index) {
        return applications.get(index);
    }

    public ExpertFacts expert(int index) {
        return experts.get(index);
    }

    /** The number of eligible arcs. */
    public int arcs() {
        return expert.length;
    }

    /** The experts sharing the application's first-level discipline, before conflicts. */
    public int matched(int application) {
        return matched[application];
    }

    /** Of the matched experts, those removed for a conflict or because they were drawn before. */
    public int conflicted(int application) {
        return conflicted[application];
    }

    /** The eligible experts of the application: {@code matched − conflicted}. */
    public int eligible(int application) {
        return start[application + 1] - start[application];
    }

    /** The application's first arc. */
    public int start(int application) {
        return start[application];
    }

    /** One past the application's last arc. */
    public int end(int application) {
        return start[application + 1];
    }

    /** The expert index of an arc. */
    public int arcExpert(int arc) {
        return expert[arc];
    }

    /** The affinity of an arc, 0..{@link Affinity#MAX}. */
    public int arcAffinity(int arc) {
        return affinity[arc];
    }

    /** Why an application left short of reviewers is short, judged in the order of {@link UnfilledReason}. */
    UnfilledReason reasonShort(int application) {
        int needed = applications.get(application).needed();
        if (matched[application] < needed) {
            return UnfilledReason.NO_MATCHING_EXPERTS;
        }
        if (eligible(application) < needed) {
            return UnfilledReason.CONFLICTS;
        }
        return UnfilledReason.LOAD_CAP;
    }
}
