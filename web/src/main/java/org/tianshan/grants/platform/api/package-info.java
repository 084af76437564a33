/** REST resources of the platform context: sign-in tokens, {@code /me}, organizations, users, jurisdictions, disciplines. */
package org.tianshan.grants.platform.api;
