package org.tianshan.grants.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.tianshan.grants.application.control.StatusMoves;
import org.tianshan.grants.application.entity.ApplicationStatus;
import org.tianshan.grants.kernel.Roles;
import org.tianshan.grants.platform.boundary.Accounts;
import java.util.Collection;

/**
 * The review stages of applications, moved a call at a time ({@link StatusMoves}, set-wise): ACCEPTED →
 * UNDER_REVIEW when experts are assigned, UNDER_REVIEW → REVIEWED when the panel freezes the ranking.
 */
@Stateless
public class ReviewStages {

    @Inject
    Accounts accounts;

    @Inject
    StatusMoves moves;

    /** Applications among {@code ids} that are ACCEPTED become UNDER_REVIEW; returns how many moved. */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public int underReview(long callId, Collection<Long> ids, String reason) {
        return moves.move(callId, ids, ApplicationStatus.ACCEPTED, ApplicationStatus.UNDER_REVIEW, accounts.me().username(), reason,
                "APPLICATIONS_UNDER_REVIEW").size();
    }

    /** Applications among {@code ids} that are UNDER_REVIEW become REVIEWED; returns how many moved. */
    @RolesAllowed(Roles.PROGRAM_OFFICER)
    public int reviewed(long callId, Collection<Long> ids, String reason) {
        return moves.move(callId, ids, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.REVIEWED, accounts.me().username(), reason,
                "APPLICATIONS_REVIEWED").size();
    }
}
