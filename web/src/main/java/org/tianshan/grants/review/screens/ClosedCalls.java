package org.tianshan.grants.review.screens;

import org.tianshan.grants.call.boundary.CallView;
import org.tianshan.grants.call.boundary.Calls;
import org.tianshan.grants.call.entity.CallStatus;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.web.screens.FacesErrors;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The CLOSED call a review screen works on (assignment, ranking): the options of its select, newest
 * first, and the call chosen by id — from the options, or read by id when it is older than their first page.
 * Held by the screen's view-scoped bean; the {@code Calls} boundary is passed in, never kept.
 */
final class ClosedCalls implements Serializable {

    private List<CallView> options;
    private CallView chosen;

    List<CallView> options(Calls calls) {
        if (options == null) {
            Page<CallView> page = FacesErrors.attempt(() -> calls.list(Optional.of(CallStatus.CLOSED), new PageRequest(0, PageRequest.MAX_SIZE)));
            options = page == null ? List.of() : page.items();
        }
        return options;
    }

    Optional<CallView> chosen(Calls calls, String callId) {
        if (callId == null || callId.isBlank() || !callId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        if (chosen == null || !chosen.id().equals(callId)) {
            chosen = options(calls).stream().filter(c -> c.id().equals(callId)).findFirst()
                    .orElseGet(() -> FacesErrors.attempt(() -> calls.find(Long.parseLong(callId))));
        }
        return Optional.ofNullable(chosen).filter(c -> "CLOSED".equals(c.status()));
    }
}
