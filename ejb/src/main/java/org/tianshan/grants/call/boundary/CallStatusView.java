package org.tianshan.grants.call.boundary;

/** The answer of an action endpoint: the call's id and its new status. */
public record CallStatusView(String id, String status) {
}
