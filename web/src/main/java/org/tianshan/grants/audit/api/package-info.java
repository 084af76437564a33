/** REST resources of the audit trail: the events, and the verification of the hash chain (AUDITOR). */
package org.tianshan.grants.audit.api;
