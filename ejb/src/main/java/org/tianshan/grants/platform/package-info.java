/**
 * Platform (平台): organizations with type and jurisdiction, accounts with roles and membership,
 * the jurisdiction tree (GB/T 2260, XJBT for the Corps) and the discipline code table (GB/T 13745),
 * sign-in with lockout, and API tokens. Every other context depends on it; it depends on none.
 */
package org.tianshan.grants.platform;
