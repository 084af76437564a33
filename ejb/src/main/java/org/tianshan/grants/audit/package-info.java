/**
 * The audit trail (审计留痕): every {@link org.tianshan.grants.kernel.DomainEvent} becomes an
 * {@link org.tianshan.grants.audit.entity.AuditEvent} in the same transaction as the change, chained
 * by SHA-256 so that {@link org.tianshan.grants.audit.boundary.AuditTrail#verify()} detects an edited,
 * inserted or deleted row. Observes every context; no context depends on it.
 */
package org.tianshan.grants.audit;
