/** REST resources of the plan catalog: sections with programmes, a programme's rules, catalogs. */
package org.tianshan.grants.catalog.api;
