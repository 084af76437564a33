package org.tianshan.grants.integrity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.integrity.entity.Pledge;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.InvalidInput;
import org.tianshan.grants.kernel.NotFound;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.kernel.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pledges (承诺书, DESIGN.md §4): signed at submission and at contract. The texts ship with the
 * application (a new wording is a new version); a signature records the text's hash and the hash of
 * the content it covers, so neither can be swapped afterwards.
 */
@Stateless
public class Pledges {

    /** The pledge kinds and the version of their present wording. */
    public static final Map<String, String> VERSIONS = Map.of("SUBMISSION", "2026-1", "CONTRACT", "2026-1");

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /** The present wording of a pledge kind (SUBMISSION, CONTRACT), for anyone signed in. */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public PledgeText text(String kind) {
        String version = VERSIONS.get(kind);
        if (version == null) {
            throw new NotFound("pledge text", kind);
        }
        String text = resource(kind, "zh");
        return new PledgeText(kind, version, text, resource(kind, "en"), Sha256.hex(text));
    }

    /**
     * Records the caller's signature of the present wording for the given content hash. Called by the
     * boundary of the step that demands it (submission, contract), inside its transaction.
     */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.PROGRAM_OFFICER})
    public PledgeView sign(String kind, String subjectType, long subjectId, long accountId, String username, String contentHash) {
        if (!Set.of("SUBMISSION", "CONTRACT").contains(kind)) {
            throw new InvalidInput("kind", "SUBMISSION or CONTRACT");
        }
        PledgeText text = text(kind);
        Pledge pledge = new Pledge(kind, subjectType, subjectId, accountId, username, text.version(), text.hash(), contentHash,
                clock.instant());
        em.persist(pledge);
        em.flush();
        events.fire(new DomainEvent("PLEDGE_SIGNED", subjectType, Long.toString(subjectId), Map.of("kind", kind, "by", username,
                "textVersion", text.version(), "textHash", text.hash(), "contentHash", contentHash)));
        return PledgeView.of(pledge);
    }

    /** Every pledge signed for a subject, oldest first (the caller's boundary decides who may ask). */
    @RolesAllowed({Roles.APPLICANT, Roles.UNIT_ADMIN, Roles.EXPERT, Roles.PROGRAM_OFFICER, Roles.DIRECTOR,
            Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.ADMIN})
    public List<PledgeView> of(String subjectType, long subjectId) {
        return em.createNamedQuery(Pledge.OF_SUBJECT, Pledge.class).setParameter("type", subjectType).setParameter("id", subjectId)
                .getResultList().stream().map(PledgeView::of).toList();
    }

    private static String resource(String kind, String language) {
        String name = "/org/tianshan/grants/integrity/pledge-" + kind.toLowerCase() + "-" + language + ".txt";
        try (InputStream in = Pledges.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
