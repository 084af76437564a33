package org.tianshan.grants.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The call and expert pool {@link AssignmentLoad} writes into the server's schema, made up in memory first
 * (the same for the same seed), shaped like {@link SyntheticCall}: each expert belongs to one of {@code groups}
 * first-level disciplines (real GB/T 13745 codes of the V2 migration), with its first-level code (20 %) or a
 * second-level one, sometimes a second code of the same group and, one expert in five, a second-level code of
 * another group; so each application's first level is shared by about 1.2 × experts / groups experts.
 * <p>
 * Everything is indexed, not yet in the database: accounts {@code 0 … persons-1} are applicants (PIs and
 * members), accounts {@code persons + e} are the experts'; organizations {@code 0 … ORGANIZATIONS-1}.
 * The conflicts, tuned to about 5 % of the matched pairs: the host unit and the members' organizations
 * (100 organizations), experts on teams (one application in five has an expert of its field as a member),
 * exclusion lists, declared conflicts by application, organization and person, integrity records (in force,
 * and expired ones that must not count), and past co-applicants (a member shared by two applications of the
 * same field).
 */
final class ReviewCall {

    static final int ORGANIZATIONS = 100;
    static final String[] KINDS = {"TEAM_MEMBER", "SAME_ORGANIZATION", "DECLARED_APPLICATION", "DECLARED_ORGANIZATION",
            "DECLARED_PERSON", "EXCLUDED_BY_APPLICANT", "INTEGRITY_RECORD", "PAST_CO_APPLICANT"};
    private static final int KEYWORDS_PER_GROUP = 40;

    /** Integrity of an expert: none, a record in force today, a record that ended yesterday. */
    static final int NO_RECORD = 0;
    static final int RECORD_IN_FORCE = 1;
    static final int RECORD_EXPIRED = 2;

    final int groups;
    final String[] firstLevel;
    final String[][] secondLevel;

    /** Applicant accounts: the organization of each. */
    final List<Integer> personOrganization = new ArrayList<>();

    final int applications;
    final int[] applicationGroup;
    final int[] host;
    final int[] pi;
    /** Members (not the PI) by account index; an expert on a team appears as {@code persons + e}. */
    final int[][] members;
    /** The exclusion list, by expert index. */
    final int[][] excluded;
    final String[] discipline;
    final String[][] applicationKeywords;

    final int experts;
    final int[] expertGroup;
    final int[] expertOrganization;
    final String[][] expertCodes;
    final String[][] expertKeywords;
    final int[][] declaredApplications;
    final int[] declaredOrganization;
    /** Declared persons, by account index. */
    final int[][] declaredPersons;
    final int[] integrity;

    private ReviewCall(int groups, String[] firstLevel, String[][] secondLevel, int applications, int experts) {
        this.groups = groups;
        this.firstLevel = firstLevel;
        this.secondLevel = secondLevel;
        this.applications = applications;
        this.applicationGroup = new int[applications];
        this.host = new int[applications];
        this.pi = new int[applications];
        this.members = new int[applications][];
        this.excluded = new int[applications][];
        this.discipline = new String[applications];
        this.applicationKeywords = new String[applications][];
        this.experts = experts;
        this.expertGroup = new int[experts];
        this.expertOrganization = new int[experts];
        this.expertCodes = new String[experts][];
        this.expertKeywords = new String[experts][];
        this.declaredApplications = new int[experts][];
        this.declaredOrganization = new int[experts];
        this.declaredPersons = new int[experts][];
        this.integrity = new int[experts];
    }

    int persons() {
        return personOrganization.size();
    }

    int expertAccount(int expert) {
        return persons() + expert;
    }

    int organizationOf(int account) {
        return account < persons() ? personOrganization.get(account) : expertOrganization[account - persons()];
    }

    /**
     * @param codes first-level codes (3 digits) with the second-level codes (5 digits) under each; the
     *              first {@code groups} are used
     */
    static ReviewCall generate(int applications, int experts, int groups, Map<String, List<String>> codes, long seed) {
        if (codes.size() < groups) {
            throw new IllegalArgumentException("the discipline table has " + codes.size() + " usable first-level codes, "
                    + groups + " needed");
        }
        List<String> firsts = new ArrayList<>(codes.keySet()).subList(0, groups);
        String[][] seconds = new String[groups][];
        for (int g = 0; g < groups; g++) {
            List<String> under = codes.get(firsts.get(g));
            seconds[g] = under.subList(0, Math.min(5, under.size())).toArray(String[]::new);
        }
        ReviewCall c = new ReviewCall(groups, firsts.toArray(String[]::new), seconds, applications, experts);
        SplittableRandom random = new SplittableRandom(seed);

        List<List<Integer>> expertsOfGroup = new ArrayList<>();
        List<List<Integer>> applicationsOfGroup = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            expertsOfGroup.add(new ArrayList<>());
            applicationsOfGroup.add(new ArrayList<>());
        }
        for (int e = 0; e < experts; e++) {
            c.expertGroup[e] = random.nextInt(groups);
            expertsOfGroup.get(c.expertGroup[e]).add(e);
        }
        List<int[]> expertMembers = new ArrayList<>();   // {application, expert}: resolved once persons() is final
        for (int a = 0; a < applications; a++) {
            int g = random.nextInt(groups);
            c.applicationGroup[a] = g;
            c.host[a] = random.nextInt(ORGANIZATIONS);
            c.pi[a] = c.person(c.host[a]);       // the PI works at the host unit
            Set<Integer> team = new LinkedHashSet<>();
            int memberCount = 1 + random.nextInt(2);
            List<Integer> earlier = applicationsOfGroup.get(g);
            for (int i = 0; i < memberCount; i++) {
                if (i > 0 && !earlier.isEmpty() && random.nextInt(100) < 10) {
                    // a collaborator already on another application of the field: past co-applicants
                    int other = earlier.get(random.nextInt(earlier.size()));
                    team.add(c.members[other][0]);
                } else {
                    team.add(c.person(random.nextInt(ORGANIZATIONS)));
                }
            }
            team.remove(c.pi[a]);
            c.members[a] = team.stream().mapToInt(Integer::intValue).toArray();
            List<Integer> colleagues = expertsOfGroup.get(g);
            if (!colleagues.isEmpty() && random.nextInt(100) < 20) {
                expertMembers.add(new int[]{a, colleagues.get(random.nextInt(colleagues.size()))});
            }
            if (!colleagues.isEmpty() && random.nextInt(100) < 40) {
                Set<Integer> excluded = new LinkedHashSet<>();
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    excluded.add(colleagues.get(random.nextInt(colleagues.size())));
                }
                c.excluded[a] = excluded.stream().mapToInt(Integer::intValue).toArray();
            } else {
                c.excluded[a] = new int[0];
            }
            c.discipline[a] = seconds[g][random.nextInt(seconds[g].length)];
            c.applicationKeywords[a] = keywords(g, 3 + random.nextInt(4), random);
            earlier.add(a);
        }
        for (int[] am : expertMembers) {   // experts on teams, now that the applicant accounts are numbered
            int[] team = Arrays.copyOf(c.members[am[0]], c.members[am[0]].length + 1);
            team[team.length - 1] = c.expertAccount(am[1]);
            c.members[am[0]] = team;
        }

        for (int e = 0; e < experts; e++) {
            int g = c.expertGroup[e];
            c.expertOrganization[e] = random.nextInt(ORGANIZATIONS);
            Set<String> own = new LinkedHashSet<>();
            own.add(random.nextInt(100) < 20 ? firsts.get(g) : seconds[g][random.nextInt(seconds[g].length)]);
            if (random.nextInt(100) < 30) {
                own.add(seconds[g][random.nextInt(seconds[g].length)]);
            }
            if (groups > 1 && random.nextInt(100) < 20) {
                int other = (g + 1 + random.nextInt(groups - 1)) % groups;
                own.add(seconds[other][random.nextInt(seconds[other].length)]);
            }
            c.expertCodes[e] = own.toArray(String[]::new);
            c.expertKeywords[e] = keywords(g, 4 + random.nextInt(5), random);
            List<Integer> ofGroup = applicationsOfGroup.get(g);
            Set<Integer> declared = new LinkedHashSet<>();
            if (!ofGroup.isEmpty() && random.nextInt(100) < 10) {
                int n = 1 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    declared.add(ofGroup.get(random.nextInt(ofGroup.size())));
                }
            }
            c.declaredApplications[e] = declared.stream().mapToInt(Integer::intValue).toArray();
            c.declaredOrganization[e] = random.nextInt(100) < 10 ? random.nextInt(ORGANIZATIONS) : -1;
            Set<Integer> persons = new LinkedHashSet<>();
            if (!ofGroup.isEmpty() && random.nextInt(100) < 10) {
                int n = 1 + random.nextInt(2);
                for (int i = 0; i < n; i++) {
                    persons.add(c.pi[ofGroup.get(random.nextInt(ofGroup.size()))]);   // a PI of the field: it bites
                }
            }
            c.declaredPersons[e] = persons.stream().mapToInt(Integer::intValue).toArray();
            int r = random.nextInt(1000);
            c.integrity[e] = r < 15 ? RECORD_IN_FORCE : r < 25 ? RECORD_EXPIRED : NO_RECORD;
        }
        return c;
    }

    private int person(int organization) {
        personOrganization.add(organization);
        return personOrganization.size() - 1;
    }

    /** A field's words, skewed to its common ones, spelt with varying case and spacing (the server normalises). */
    private static String[] keywords(int group, int n, SplittableRandom random) {
        Set<String> words = new LinkedHashSet<>();
        Set<String> normal = new HashSet<>();
        for (int i = 0; i < n; i++) {
            double r = random.nextDouble();
            int word = (int) (KEYWORDS_PER_GROUP * r * r);
            if (normal.add(group + "-" + word)) {
                words.add((random.nextBoolean() ? "Field" : " field") + group + "-topic" + word);
            }
        }
        return words.toArray(String[]::new);
    }

    /** Matched pairs and, by the first rule that removes a pair (in the server's order), the conflicting ones. */
    record Mix(long matched, Map<String, Long> conflicts) {

        long conflicting() {
            return conflicts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Counts the matched pairs (sharing a first-level discipline) and the conflicting ones from this model,
     * with the rules written out here again, not the server's {@code ConflictRules}.
     */
    Mix mix() {
        List<List<Integer>> matching = new ArrayList<>();
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups; g++) {
            matching.add(new ArrayList<>());
            groupOf.put(firstLevel[g], g);
        }
        for (int e = 0; e < experts; e++) {
            Set<Integer> gs = new HashSet<>();
            for (String code : expertCodes[e]) {
                gs.add(groupOf.get(code.substring(0, 3)));
            }
            for (int g : gs) {
                matching.get(g).add(e);
            }
        }
        Map<Integer, Set<Integer>> coApplicants = new HashMap<>();   // account -> accounts once on a team with it
        for (int a = 0; a < applications; a++) {
            Set<Integer> team = team(a);
            for (int account : team) {
                for (int other : team) {
                    if (other != account) {
                        coApplicants.computeIfAbsent(account, k -> new HashSet<>()).add(other);
                    }
                }
            }
        }
        Map<String, Long> conflicts = new LinkedHashMap<>();
        for (String kind : KINDS) {
            conflicts.put(kind, 0L);
        }
        long matched = 0;
        for (int a = 0; a < applications; a++) {
            Set<Integer> team = team(a);
            Set<Integer> organizations = new HashSet<>();
            organizations.add(host[a]);
            team.forEach(account -> organizations.add(organizationOf(account)));
            Set<Integer> excludedSet = new HashSet<>();
            Arrays.stream(excluded[a]).forEach(excludedSet::add);
            for (int e : matching.get(applicationGroup[a])) {
                matched++;
                int account = expertAccount(e);
                String kind = null;
                if (team.contains(account)) {
                    kind = "TEAM_MEMBER";
                } else if (organizations.contains(expertOrganization[e])) {
                    kind = "SAME_ORGANIZATION";
                } else if (contains(declaredApplications[e], a)) {
                    kind = "DECLARED_APPLICATION";
                } else if (declaredOrganization[e] >= 0 && organizations.contains(declaredOrganization[e])) {
                    kind = "DECLARED_ORGANIZATION";
                } else if (Arrays.stream(declaredPersons[e]).anyMatch(team::contains)) {
                    kind = "DECLARED_PERSON";
                } else if (excludedSet.contains(e)) {
                    kind = "EXCLUDED_BY_APPLICANT";
                } else if (integrity[e] == RECORD_IN_FORCE) {
                    kind = "INTEGRITY_RECORD";
                } else if (coApplicants.getOrDefault(account, Set.of()).stream().anyMatch(team::contains)) {
                    kind = "PAST_CO_APPLICANT";
                }
                if (kind != null) {
                    conflicts.merge(kind, 1L, Long::sum);
                }
            }
        }
        return new Mix(matched, conflicts);
    }

    Set<Integer> team(int application) {
        Set<Integer> team = new HashSet<>();
        team.add(pi[application]);
        Arrays.stream(members[application]).forEach(team::add);
        return team;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
