package org.tianshan.grants.review.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.integrity.boundary.IntegrityScreen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads what an assignment run decides on — the call's applications under review with their teams,
 * keywords, exclusion lists and earlier draws, and the pool's available experts with their disciplines,
 * keywords, declared conflicts, integrity records, past co-applicants and load — in a handful of set
 * queries (no entity per row), so a call of 20,000 applications and a pool of 10,000 experts load in seconds.
 */
@Dependent
public class FactsQuery {

    /** The states in which an application takes reviewers: accepted at the formal check, or already in review. */
    private static final String REVIEWABLE = "('ACCEPTED','UNDER_REVIEW')";
    private static final String LIVE = "('ASSIGNED','SUBMITTED')";
    private static final int CHUNK = 1000;
    /**
     * The pool's side tables are read for active experts only (the only ones {@link #experts} returns): a
     * pool keeps its retired experts, and reading their rows too made the load grow with the pool's history.
     */
    private static final String ACTIVE_EXPERT = "join expert e on e.id = %s.expert_id where e.active = true";

    @PersistenceContext
    EntityManager em;

    @Inject
    IntegrityScreen integrity;

    /**
     * The call's reviewable applications (ACCEPTED or UNDER_REVIEW), or exactly the applications
     * {@code only} of the call whatever their state; each needing {@code perApplication} minus its live reviews.
     */
    public List<ApplicationFacts> applications(long callId, int perApplication, Collection<Long> only) {
        String scope = "a.call_id = ? and " + (only == null ? "a.status in " + REVIEWABLE : "a.id in (" + joinIds(only) + ")");
        Map<Long, Object[]> heads = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (Object[] row : rows("select a.id, a.host_organization_id, a.discipline from grant_application a where " + scope
                + " order by a.id", callId)) {
            long id = num(row[0]);
            heads.put(id, row);
            order.add(id);
        }
        Map<Long, Set<Long>> team = new HashMap<>();
        Map<Long, Set<Long>> teamOrgs = new HashMap<>();
        for (Object[] row : rows("select a.id, a.pi_account_id, p.organization_id from grant_application a "
                + "join account p on p.id = a.pi_account_id where " + scope
                + " union all select a.id, m.account_id, p.organization_id from application_member m "
                + "join grant_application a on a.id = m.application_id join account p on p.id = m.account_id where " + scope, callId, callId)) {
            long id = num(row[0]);
            team.computeIfAbsent(id, k -> new HashSet<>()).add(num(row[1]));
            if (row[2] != null) {
                teamOrgs.computeIfAbsent(id, k -> new HashSet<>()).add(num(row[2]));
            }
        }
        Map<Long, Set<String>> keywords = group("select a.id, k.keyword from application_keyword k "
                + "join grant_application a on a.id = k.application_id where " + scope, callId, r -> (String) r[1]);
        Map<Long, Set<Long>> excluded = group("select a.id, x.account_id from application_excluded_expert x "
                + "join grant_application a on a.id = x.application_id where " + scope, callId, r -> num(r[1]));
        Map<Long, Set<Long>> previous = group("select r.application_id, r.expert_id from review r where r.call_id = ?", callId, r -> num(r[1]));
        Map<Long, Integer> live = new HashMap<>();
        for (Object[] row : rows("select r.application_id, count(*) from review r where r.call_id = ? and r.status in " + LIVE
                + " group by r.application_id", callId)) {
            live.put(num(row[0]), (int) num(row[1]));
        }
        List<ApplicationFacts> facts = new ArrayList<>(order.size());
        for (long id : order) {
            Object[] head = heads.get(id);
            facts.add(new ApplicationFacts(id, head[1] == null ? null : num(head[1]), ids(team.get(id)), ids(teamOrgs.get(id)),
                    ids(excluded.get(id)), ids(previous.get(id)), (String) head[2], keywords.getOrDefault(id, Set.of()),
                    Math.max(0, perApplication - live.getOrDefault(id, 0))));
        }
        return facts;
    }

    /**
     * The experts who may be drawn on {@code day}: in the pool, active, inside their availability window,
     * on an active account that holds the role EXPERT; each with the room left under {@code loadCap} in this call.
     */
    public List<ExpertFacts> experts(long callId, int loadCap, LocalDate day) {
        Map<Long, Object[]> heads = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (Object[] row : rows("select e.id, e.account_id, p.organization_id from expert e join account p on p.id = e.account_id "
                + "join account_role r on r.account_id = p.id and r.role = 'EXPERT' "
                + "where e.active = true and p.active = true and (e.available_from is null or e.available_from <= ?) "
                + "and (e.available_until is null or e.available_until >= ?) order by e.id", day, day)) {
            long id = num(row[0]);
            heads.put(id, row);
            order.add(id);
        }
        Map<Long, Set<String>> disciplines = group("select d.expert_id, d.discipline_code from expert_discipline d "
                + ACTIVE_EXPERT.formatted("d"), null, r -> (String) r[1]);
        Map<Long, Set<String>> keywords = group("select k.expert_id, k.keyword from expert_keyword k " + ACTIVE_EXPERT.formatted("k"),
                null, r -> (String) r[1]);
        Map<Long, Set<Long>> declaredApplications = new HashMap<>();
        Map<Long, Set<Long>> declaredOrganizations = new HashMap<>();
        Map<Long, Set<Long>> declaredPersons = new HashMap<>();
        for (Object[] row : rows("select c.expert_id, c.application_id, c.organization_id, c.person_id from expert_conflict c "
                + ACTIVE_EXPERT.formatted("c"))) {
            long expert = num(row[0]);
            add(declaredApplications, expert, row[1]);
            add(declaredOrganizations, expert, row[2]);
            add(declaredPersons, expert, row[3]);
        }
        Map<Long, Integer> load = new HashMap<>();
        for (Object[] row : rows("select r.expert_id, count(*) from review r where r.call_id = ? and r.status in " + LIVE
                + " group by r.expert_id", callId)) {
            load.put(num(row[0]), (int) num(row[1]));
        }
        List<Long> accounts = order.stream().map(id -> num(heads.get(id)[1])).toList();
        Set<Long> onRecord = integrity.personsOnRecord(accounts, day);
        Map<Long, Set<Long>> coApplicants = coApplicants();
        List<ExpertFacts> facts = new ArrayList<>(order.size());
        for (long id : order) {
            Object[] head = heads.get(id);
            long account = num(head[1]);
            Set<String> codes = disciplines.getOrDefault(id, Set.of());
            facts.add(new ExpertFacts(id, account, head[2] == null ? null : num(head[2]), codes.toArray(String[]::new),
                    keywords.getOrDefault(id, Set.of()), onRecord.contains(account), ids(declaredApplications.get(id)),
                    ids(declaredOrganizations.get(id)), ids(declaredPersons.get(id)), ids(coApplicants.get(account)),
                    Math.max(0, loadCap - load.getOrDefault(id, 0))));
        }
        return facts;
    }

    /**
     * For each expert's account, everyone who was on a submitted application's team with them (PI or
     * member, any call): the past co-applicant relation (合作关系) the avoidance rules honour. Each branch of
     * the team union is filtered itself (by expert account, then by application id) so the index lookups do
     * the work: filtering one derived union of every submitted team materialised all of it again for each
     * query (1.5 s at 20,000 applications).
     */
    private Map<Long, Set<Long>> coApplicants() {
        Map<Long, Set<Long>> expertApps = group("select a.id, a.pi_account_id from grant_application a "
                + "join expert e on e.account_id = a.pi_account_id and e.active = true where a.frozen_version > 0 "
                + "union select m.application_id, m.account_id from application_member m join expert e on e.account_id = m.account_id "
                + "and e.active = true join grant_application a on a.id = m.application_id where a.frozen_version > 0", null, r -> num(r[1]));
        Map<Long, Set<Long>> relation = new HashMap<>();
        List<Long> apps = new ArrayList<>(expertApps.keySet());
        for (int from = 0; from < apps.size(); from += CHUNK) {
            List<Long> chunk = apps.subList(from, Math.min(apps.size(), from + CHUNK));
            String in = joinIds(chunk);
            Map<Long, Set<Long>> members = group("select a.id, a.pi_account_id from grant_application a where a.id in (" + in
                    + ") and a.frozen_version > 0 union select m.application_id, m.account_id from application_member m "
                    + "join grant_application a on a.id = m.application_id where m.application_id in (" + in
                    + ") and a.frozen_version > 0", null, r -> num(r[1]));
            for (Map.Entry<Long, Set<Long>> app : members.entrySet()) {
                for (long expertAccount : expertApps.getOrDefault(app.getKey(), Set.of())) {
                    for (long other : app.getValue()) {
                        if (other != expertAccount) {
                            relation.computeIfAbsent(expertAccount, k -> new HashSet<>()).add(other);
                        }
                    }
                }
            }
        }
        return relation;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private <T> Map<Long, Set<T>> group(String sql, Object parameter, Function<Object[], T> value) {
        Map<Long, Set<T>> grouped = new HashMap<>();
        for (Object[] row : parameter == null ? rows(sql) : rows(sql, parameter)) {
            grouped.computeIfAbsent(num(row[0]), k -> new HashSet<>()).add(value.apply(row));
        }
        return grouped;
    }

    private static void add(Map<Long, Set<Long>> map, long key, Object value) {
        if (value != null) {
            map.computeIfAbsent(key, k -> new HashSet<>()).add(num(value));
        }
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static long[] ids(Set<Long> ids) {
        return ids == null ? new long[0] : ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** Ids are numbers we hold, never user text: safe to inline; an empty list matches nothing. */
    private static String joinIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return "-1";
        }
        StringBuilder sql = new StringBuilder();
        for (Long id : ids) {
            if (sql.length() > 0) {
                sql.append(',');
            }
            sql.append(id.longValue());
        }
        return sql.toString();
    }
}
