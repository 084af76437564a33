package org.tianshan.grants.notification.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/**
 * Who is told about an application: its PI, at the email address their account has now. Reads
 * two read-only projections instead of calling the application and platform boundaries, because
 * those answer a signed-in caller within their circle, and the mailer acts for nobody; it never
 * writes either context's tables.
 */
@Dependent
public class Recipients {

    /** The application as the mail names it and the person it goes to. */
    public record Recipient(long applicationId, String title, long accountId, String displayName, String email) {

        public boolean hasAddress() {
            return email != null && !email.isBlank();
        }
    }

    @PersistenceContext
    EntityManager em;

    /** The PI of the application, if the application exists. */
    public Optional<Recipient> piOf(long applicationId) {
        List<Object[]> rows = em.createQuery("select a.title, a.piAccountId, p.displayName, p.email "
                        + "from GrantApplication a, Account p where a.id = :id and p.id = a.piAccountId", Object[].class)
                .setParameter("id", applicationId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Recipient(applicationId, (String) r[0], ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3]));
    }
}
