/** REST resources of the call context: draft, publish, approve, close and read calls for proposals. */
package org.tianshan.grants.call.api;
