package org.tianshan.grants.application.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.tianshan.grants.application.entity.GrantApplication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The duplicate-submission check (查重): each submission stores the MinHash fingerprint of its title and
 * abstract with its LSH bands ({@link TextFingerprint}); the check looks up the applications sharing a
 * band — an index lookup, whatever the number of applications — and measures each candidate's exact
 * resemblance. Applications of any call and any applicant are compared.
 */
@Dependent
public class DuplicateCheck {

    /** The resemblance from which two applications are shown to the officer as possible duplicates. */
    public static final double THRESHOLD = 0.8;
    /** The candidates sharing most bands are measured exactly; beyond these, the officer has enough to act on. */
    private static final int MAX_CANDIDATES = 50;

    @PersistenceContext
    EntityManager em;

    /** A candidate that passed the threshold. */
    public record Match(long applicationId, long callId, String title, String status, double similarity) {
    }

    /** Stores (or replaces, on a resubmission) the fingerprint of the application's present text. */
    public void record(GrantApplication application, Instant at) {
        Set<Long> shingles = TextFingerprint.shingles(text(application));
        int[] signature = TextFingerprint.signature(shingles);
        long id = application.id();
        if (application.frozenVersion() > 1) {
            // a resubmission replaces its bands; a first submission has none, and deleting what is not there would take
            // InnoDB gap locks that deadlock concurrent first submissions (the deadline surge found it)
            em.createNativeQuery("DELETE FROM application_fingerprint_band WHERE application_id = ?").setParameter(1, id).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO application_fingerprint (application_id, signature, shingles, computed_at) VALUES (?, ?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE signature = VALUES(signature), shingles = VALUES(shingles), computed_at = VALUES(computed_at)")
                .setParameter(1, id).setParameter(2, TextFingerprint.pack(signature)).setParameter(3, shingles.size())
                .setParameter(4, java.sql.Timestamp.from(at)).executeUpdate();
        long[] bands = TextFingerprint.bands(signature);
        StringBuilder sql = new StringBuilder("INSERT INTO application_fingerprint_band (band, band_hash, application_id) VALUES ");
        for (int b = 0; b < bands.length; b++) {
            sql.append(b == 0 ? "" : ", ").append("(").append(b).append(", ").append(bands[b]).append(", ").append(id).append(")");
        }
        em.createNativeQuery(sql.toString()).executeUpdate();   // numbers only: nothing of the text reaches the SQL
    }

    /** The other applications resembling this one at least {@link #THRESHOLD}, most alike first. */
    public List<Match> matches(GrantApplication application) {
        String text = text(application);
        Set<Long> shingles = TextFingerprint.shingles(text);
        if (shingles.isEmpty()) {
            return List.of();
        }
        long[] bands = TextFingerprint.bands(TextFingerprint.signature(shingles));
        StringBuilder sql = new StringBuilder("SELECT application_id FROM application_fingerprint_band WHERE application_id <> ? AND (");
        for (int b = 0; b < bands.length; b++) {
            sql.append(b == 0 ? "" : " OR ").append("(band = ").append(b).append(" AND band_hash = ").append(bands[b]).append(")");
        }
        sql.append(") GROUP BY application_id ORDER BY COUNT(*) DESC, application_id DESC LIMIT ").append(MAX_CANDIDATES);
        Query query = em.createNativeQuery(sql.toString()).setParameter(1, application.id() == null ? -1L : application.id());
        List<Long> candidates = ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Match> matches = new ArrayList<>();
        for (Object[] row : em.createNamedQuery(GrantApplication.TEXTS, Object[].class).setParameter("ids", candidates).getResultList()) {
            double similarity = TextFingerprint.jaccard(shingles, TextFingerprint.shingles(text((String) row[2], (String) row[3])));
            if (similarity >= THRESHOLD) {
                matches.add(new Match(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                        String.valueOf(row[4]), similarity));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::applicationId));
        return matches;
    }

    private static String text(GrantApplication a) {
        return text(a.title(), a.abstractText());
    }

    private static String text(String title, String abstractText) {
        return (title == null ? "" : title) + "\n" + (abstractText == null ? "" : abstractText);
    }
}
