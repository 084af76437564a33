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
        // Only the accounts that may join: loading every account as an entity and querying once per account
        // made each query flush-check all of them — minutes at start-up once a database holds 60,000 accounts.
        List<Account> candidates = em.createQuery("select a from Account a where :expert member of a.roles "
                        + "and a.disciplines is not empty and not exists (select e from Expert e where e.accountId = a.id) "
                        + "order by a.id", Account.class)
                .setParameter("expert", Role.EXPERT).getResultList();
        int added = 0;
        for (Account account : candidates) {
            Expert expert = new Expert(account.id(), "system", clock.instant());
            expert.describe(account.disciplines(), List.of(), "研究员", null, null, null, true);
            em.persist(expert);
            added++;
        }
        LOG.info("Demo mode: " + added + " demo experts added to the pool");
    }
}
