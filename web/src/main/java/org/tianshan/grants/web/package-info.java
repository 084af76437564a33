/**
 * Cross-cutting web adapters: the JAX-RS application at {@code /api/v1}, the one mapping of the
 * {@link org.tianshan.grants.kernel.BusinessException} family (and of malformed input) to
 * {@code application/problem+json}, and the screens' locale and messages. Resources and Faces beans
 * only translate; the rules live in the EJB boundaries.
 */
package org.tianshan.grants.web;
