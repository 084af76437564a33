/**
 * The ADMIN screen of the plan catalog (五大板块＋基金): choosing a catalog, browsing its sections and
 * programmes, and revising a programme's rules through {@code Catalog.revise}.
 */
package org.tianshan.grants.catalog.screens;
