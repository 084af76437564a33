/**
 * The shared kernel every context may use: the business-exception family that the web layer maps
 * once to problem+json and Faces messages, {@link org.tianshan.grants.kernel.Money}, paging, the
 * role names of DESIGN.md §1 and {@link org.tianshan.grants.kernel.DomainEvent}, which every state
 * change fires so that the audit trail records it in the same transaction.
 */
package org.tianshan.grants.kernel;
