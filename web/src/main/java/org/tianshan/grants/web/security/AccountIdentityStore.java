package org.tianshan.grants.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.tianshan.grants.platform.boundary.Authentication;
import org.tianshan.grants.platform.boundary.Caller;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The database identity store: accounts and their PBKDF2 hashes in MariaDB (through the platform's
 * {@link Authentication} boundary, which also counts failures and locks), and API bearer tokens.
 * The groups it returns are the roles; the domain maps them one to one.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authentication authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<Caller> caller = Optional.empty();
        if (credential instanceof UsernamePasswordCredential password) {
            caller = authentication.verify(password.getCaller(), password.getPasswordAsString());
        } else if (credential instanceof BearerTokenCredential bearer) {
            caller = authentication.callerOfToken(bearer.token());
        }
        return caller.map(AccountIdentityStore::result).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    static CredentialValidationResult result(Caller caller) {
        Set<String> groups = caller.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(new CallerPrincipalOf(caller), groups);
    }

    /** A caller principal that carries the whole {@link Caller}, so screens need not look it up again. */
    public static final class CallerPrincipalOf extends jakarta.security.enterprise.CallerPrincipal {

        private final Caller caller;

        CallerPrincipalOf(Caller caller) {
            super(caller.username());
            this.caller = caller;
        }

        public Caller caller() {
            return caller;
        }
    }
}
