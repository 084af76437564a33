package org.tianshan.grants.review.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.platform.control.Settings;
import org.tianshan.grants.platform.entity.Account;
import org.tianshan.grants.review.entity.Expert;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo mode only: every demo account with the role EXPERT joins the expert pool with the disciplines of
 * its account, so a newcomer can run an assignment at once. Idempotent: an account already in the pool is skipped.
 */
@Startup
@Singleton
@DependsOn("Bootstrap")
public class DemoExperts {

    private static final Logger LOG = Logger.getLogger(DemoExperts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @PostConstruct
    void fillThePool() {
        if (!settings.demo()) {
            return;
        }
        int added = 0;
        for (Account account : em.createNamedQuery(Account.ALL, Account.class).getResultList()) {
            boolean inPool = !em.createNamedQuery(Expert.BY_ACCOUNT, Expert.class).setParameter("account", account.id())
                    .getResultList().isEmpty();
            if (account.roles().contains(Role.EXPERT) && !account.disciplines().isEmpty() && !inPool) {
                Expert expert = new Expert(account.id(), "system", clock.instant());
                expert.describe(account.disciplines(), List.of(), "研究员", null, null, null, true);
                em.persist(expert);
                added++;
            }
        }
        LOG.info("Demo mode: " + added + " demo experts added to the pool");
    }
}
