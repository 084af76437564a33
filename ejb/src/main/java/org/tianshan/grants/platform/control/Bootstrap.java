package org.tianshan.grants.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.platform.entity.Account;
import org.tianshan.grants.platform.entity.Organization;
import org.tianshan.grants.platform.entity.OrganizationType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * After migration: creates the first ADMIN from the installation's password while none exists, and,
 * in demo mode only, the demo organizations and accounts of {@code demo/*.csv}. Idempotent: a restart
 * creates nothing twice. Outside demo mode there is no default password anywhere.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Registry registry;

    @Inject
    Settings settings;

    @PostConstruct
    void bootstrap() {
        long admins = em.createNamedQuery(Account.COUNT_WITH_ROLE, Long.class).setParameter("role", Role.ADMIN).getSingleResult();
        if (admins == 0) {
            settings.adminInitialPassword().ifPresentOrElse(
                    password -> {
                        registry.registerAccount("admin", password, "系统管理员", EnumSet.of(Role.ADMIN), null, null, Set.of(), null);
                        LOG.info("Created the first ADMIN account 'admin' from the installation password");
                    },
                    () -> LOG.warning("No ADMIN account and no " + Settings.ADMIN_INITIAL_PASSWORD + ": nobody can administer this installation"));
        }
        if (settings.demo()) {
            loadDemoData();
        }
    }

    private void loadDemoData() {
        Map<String, Long> organizations = new HashMap<>();
        for (String[] row : csv("demo/organizations.csv")) {
            Organization organization = em.createNamedQuery(Organization.BY_CREDIT_CODE, Organization.class)
                    .setParameter("code", row[2]).getResultStream().findFirst()
                    .orElseGet(() -> registry.registerOrganization(row[1], row[2], OrganizationType.valueOf(row[3]), row[4]));
            organizations.put(row[0], organization.id());
        }
        String password = settings.adminInitialPassword().orElseThrow(
                () -> new IllegalStateException("demo mode needs " + Settings.ADMIN_INITIAL_PASSWORD));
        int created = 0;
        for (String[] row : csv("demo/accounts.csv")) {
            if (registry.findAccount(row[0]).isPresent()) {
                continue;
            }
            Set<Role> roles = Arrays.stream(row[2].split(";")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            Long organization = row[3].isBlank() ? null : organizations.get(row[3]);
            Set<String> disciplines = row.length > 4 && !row[4].isBlank() ? Set.of(row[4].split(";")) : Set.of();
            registry.registerAccount(row[0], password, row[1], roles, organization == null ? null : organization.toString(),
                    null, disciplines, row[0] + "@demo.tianshan.example");
            created++;
        }
        LOG.info("Demo mode: " + organizations.size() + " demo organizations, " + created + " demo accounts created now");
    }

    private static List<String[]> csv(String resource) {
        try (InputStream in = Bootstrap.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(",", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
