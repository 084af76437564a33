package org.tianshan.grants.audit.boundary;

/**
 * The result of re-walking the chain: valid with the number of events, or the first broken seq and why.
 */
public record Verification(boolean valid, long count, Long brokenSeq, String reason) {

    static Verification ok(long count) {
        return new Verification(true, count, null, null);
    }

    static Verification broken(long count, long seq, String reason) {
        return new Verification(false, count, seq, reason);
    }
}
