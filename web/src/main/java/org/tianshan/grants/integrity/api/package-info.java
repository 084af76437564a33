/** REST resources of research integrity: integrity records (officers and administrators enter, staff read). */
package org.tianshan.grants.integrity.api;
