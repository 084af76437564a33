/**
 * The ADMIN screens of the platform: organizations, user accounts and the discipline code table.
 * The beans only translate between the pages and the {@code platform.boundary} EJBs;
 * {@link org.tianshan.grants.platform.screens.BoundaryPages} pages any boundary list for a lazy table.
 */
package org.tianshan.grants.platform.screens;
