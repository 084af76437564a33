package org.tianshan.grants.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tianshan.grants.kernel.DomainEvent;
import org.tianshan.grants.kernel.NotAuthenticated;
import org.tianshan.grants.kernel.Role;
import org.tianshan.grants.kernel.Sha256;
import org.tianshan.grants.platform.control.Passwords;
import org.tianshan.grants.platform.control.Registry;
import org.tianshan.grants.platform.entity.Account;
import org.tianshan.grants.platform.entity.ApiToken;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in for the screens and the API. Five failures in a row lock an account for 15 minutes
 * (logged in the audit trail); an unknown username costs the same time as a wrong password.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Authentication {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Registry registry;

    @Inject
    Passwords passwords;

    @Inject
    Event<DomainEvent> events;

    @Inject
    Clock clock;

    /** The caller these credentials sign in, or empty (wrong, unknown, inactive or locked). */
    public Optional<Caller> verify(String username, String password) {
        if (username == null || password == null || username.length() > 64 || password.length() > 128) {
            return Optional.empty();
        }
        Optional<Account> found = registry.findAccount(username);
        if (found.isEmpty()) {
            passwords.spendVerificationTime(password);
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (!account.active() || account.isLocked(now)) {
            passwords.spendVerificationTime(password);
            return Optional.empty();
        }
        if (!passwords.matches(password, account.passwordHash())) {
            if (account.recordFailedLogin(now, MAX_FAILURES, LOCK_DURATION)) {
                events.fire(new DomainEvent("ACCOUNT_LOCKED", "Account", account.id().toString(),
                        Map.of("username", username, "until", account.lockedUntil().toString())));
            }
            return Optional.empty();
        }
        if (account.failedLogins() > 0) {
            account.recordSuccessfulLogin();
        }
        return Optional.of(callerOf(account));
    }

    /** {@code POST /auth/token}: an opaque bearer token valid for 8 hours; 401 when the credentials fail. */
    public IssuedToken issueToken(String username, String password) {
        Caller caller = verify(username, password).orElseThrow(
                () -> new NotAuthenticated("wrong username or password, or the account is locked"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(TOKEN_LIFETIME);
        em.persist(new ApiToken(Sha256.hex(token), Long.valueOf(caller.id()), now, expires));
        return new IssuedToken(token, expires, caller.roles());
    }

    /** The caller of a bearer token, while it is valid and the account active. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Caller> callerOfToken(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        ApiToken found = em.find(ApiToken.class, Sha256.hex(token));
        if (found == null || !found.validAt(clock.instant())) {
            return Optional.empty();
        }
        Account account = em.find(Account.class, found.accountId());
        return account == null || !account.active() ? Optional.empty() : Optional.of(callerOf(account));
    }

    /** Removes expired tokens (called by the daily housekeeping timer). */
    public int purgeExpiredTokens() {
        return em.createNamedQuery(ApiToken.DELETE_EXPIRED).setParameter("now", clock.instant()).executeUpdate();
    }

    static Caller callerOf(Account account) {
        // an EnumSet: roles always listed in the order of DESIGN.md §1, and serializable for the session
        Set<Role> roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        return new Caller(account.id().toString(), account.username(), account.displayName(), roles,
                account.organizationId() == null ? null : account.organizationId().toString());
    }
}
