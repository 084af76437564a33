package org.tianshan.grants.notification.entity;

import java.util.Optional;

/**
 * What the PI is told: one kind per application event and decision that concerns them; and what an
 * expert is told: new review tasks ({@link #REVIEW_ASSIGNED}) and a deadline drawing near
 * ({@link #REVIEW_DUE}). The kind names the subject and body in the mail bundle ({@code subject.<KIND>},
 * {@code status.<KIND>}).
 */
public enum NotificationKind {
    SUBMITTED, WITHDRAWN,
    ENDORSED, RETURNED_BY_UNIT, REJECTED_BY_UNIT,
    ACCEPTED, RETURNED_AT_FORMAL_CHECK, INELIGIBLE,
    REVIEW_ASSIGNED, REVIEW_DUE,
    FUNDED, NOT_FUNDED;

    public static final String SUBMISSION = "APPLICATION_SUBMITTED";
    public static final String WITHDRAWAL = "APPLICATION_WITHDRAWN";
    public static final String ENDORSEMENT = "APPLICATION_ENDORSEMENT";
    public static final String FORMAL_CHECK = "APPLICATION_FORMAL_CHECK";
    /** The end of the public notice: APPROVED (funded, a project opened) or NOT_FUNDED. */
    public static final String FUNDING_DECISION = "APPLICATION_FUNDING_DECISION";

    /** The kind of an application event, if the PI is to hear of it; an unknown decision is not announced. */
    public static Optional<NotificationKind> of(String action, String decision) {
        String d = decision == null ? "" : decision;
        NotificationKind kind = switch (action == null ? "" : action) {
            case SUBMISSION -> SUBMITTED;
            case WITHDRAWAL -> WITHDRAWN;
            case ENDORSEMENT -> switch (d) {
                case "ENDORSE" -> ENDORSED;
                case "RETURN" -> RETURNED_BY_UNIT;
                case "REJECT" -> REJECTED_BY_UNIT;
                default -> null;
            };
            case FUNDING_DECISION -> switch (d) {
                case "APPROVED" -> FUNDED;
                case "NOT_FUNDED" -> NOT_FUNDED;
                default -> null;
            };
            case FORMAL_CHECK -> switch (d) {
                case "ACCEPT" -> ACCEPTED;
                case "RETURN" -> RETURNED_AT_FORMAL_CHECK;
                case "INELIGIBLE" -> INELIGIBLE;
                default -> null;
            };
            default -> null;
        };
        return Optional.ofNullable(kind);
    }

    /** A decision by the unit or the officer, which the mail names with its comment; not the PI's own step. */
    public boolean isDecision() {
        return this != SUBMITTED && this != WITHDRAWN && !isForExperts();
    }

    /** Told to an expert about their review tasks, never to a PI. */
    public boolean isForExperts() {
        return this == REVIEW_ASSIGNED || this == REVIEW_DUE;
    }
}
