package org.tianshan.grants.bench;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Setup only, for large N: writes applicant accounts and their bearer tokens straight into the
 * platform's tables instead of {@code POST /users} + {@code POST /auth/token}, each of which costs a
 * PBKDF2 hash (60,000 iterations) on the server. The rows are what the server itself writes (V1
 * migration: {@code account}, {@code account_role}, {@code api_token}): one password hash computed
 * here once in the server's format ({@code PBKDF2WithHmacSHA256:60000:salt:hash}, so the accounts can
 * also sign in), and per account a random token of which only the SHA-256 is stored, valid 8 hours.
 * What this skips: the ACCOUNT_CREATED audit events and the sign-in checks of the setup. The measured
 * submissions still go through the REST API and authenticate with these tokens like any other.
 * {@link AssignmentLoad} uses the same rows for its applicants, experts and officer.
 */
final class AccountSeed {

    private static final int BATCH = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountSeed() {
    }

    /** A password hash exactly as the server's {@code Passwords} makes it. */
    static String pbkdf2(String password) {
        try {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 60000, 32 * 8);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return "PBKDF2WithHmacSHA256:60000:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Inserts the accounts (role APPLICANT, in the organization) and one token each.
     *
     * @return the bearer tokens, in the order of the usernames
     */
    static String[] applicants(Connection db, List<String> usernames, String password, long organizationId)
            throws SQLException {
        long[] organizations = new long[usernames.size()];
        Arrays.fill(organizations, organizationId);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try {
            long[] ids = accounts(db, usernames, password, organizations, "APPLICANT", "压测申请人 ");
            String[] tokens = tokens(db, ids);
            db.commit();
            return tokens;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    /**
     * Inserts active accounts with one role each, {@code organizationIds[i]} the organization of
     * {@code usernames[i]} (0 = none), in the caller's transaction.
     *
     * @return the accounts' ids, in the order of the usernames
     */
    static long[] accounts(Connection db, List<String> usernames, String password, long[] organizationIds, String role,
                           String displayPrefix) throws SQLException {
        String hash = pbkdf2(password);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (username, display_name, password_hash, "
                + "organization_id, active, failed_logins, created_at, version) VALUES (?, ?, ?, ?, TRUE, 0, ?, 1)")) {
            for (int i = 0; i < usernames.size(); i++) {
                insert.setString(1, usernames.get(i));
                insert.setString(2, displayPrefix + usernames.get(i));
                insert.setString(3, hash);
                if (organizationIds[i] == 0) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, organizationIds[i]);
                }
                insert.setObject(5, now);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        Map<String, Long> byName = idsOf(db, usernames);
        long[] ids = new long[usernames.size()];
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
            for (int i = 0; i < usernames.size(); i++) {
                ids[i] = byName.get(usernames.get(i));
                insert.setLong(1, ids[i]);
                insert.setString(2, role);
                insert.addBatch();
                if ((i + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return ids;
    }

    /** A bearer token for each account, valid 8 hours (only its SHA-256 is stored), in the caller's transaction. */
    static String[] tokens(Connection db, long[] accountIds) throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDateTime expires = now.plus(Duration.ofHours(8));
        String[] tokens = new String[accountIds.length];
        try (PreparedStatement token = db.prepareStatement(
                "INSERT INTO api_token (token_hash, account_id, issued_at, expires_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < accountIds.length; i++) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                tokens[i] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                token.setString(1, sha256(tokens[i]));
                token.setLong(2, accountIds[i]);
                token.setObject(3, now);
                token.setObject(4, expires);
                token.addBatch();
                if ((i + 1) % BATCH == 0) {
                    token.executeBatch();
                }
            }
            token.executeBatch();
        }
        return tokens;
    }

    private static Map<String, Long> idsOf(Connection db, List<String> usernames) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        String prefix = commonPrefix(usernames);
        try (PreparedStatement select = db.prepareStatement("SELECT id, username FROM account WHERE username LIKE ?")) {
            select.setString(1, prefix.replace("_", "\\_").replace("%", "\\%") + "%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        for (String u : usernames) {
            if (!ids.containsKey(u)) {
                throw new IllegalStateException("account " + u + " was not written");
            }
        }
        return ids;
    }

    private static String commonPrefix(List<String> names) {
        String prefix = names.get(0);
        for (String n : names) {
            while (!n.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
        }
        return prefix;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
