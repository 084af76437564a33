/**
 * The plan catalog (五大板块＋基金): catalogs per jurisdiction and plan period, their sections and
 * programmes. A programme's funding mode, evaluation class, limits (限项), eligibility, indirect-cost
 * brackets and tranche schedule are data; {@code catalog.control} evaluates them. Read by the call
 * and application contexts through {@link org.tianshan.grants.catalog.boundary.Catalog}.
 */
package org.tianshan.grants.catalog;
