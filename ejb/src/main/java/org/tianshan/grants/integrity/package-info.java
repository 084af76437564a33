/**
 * Research integrity (科研诚信): integrity records on persons and organizations (severity, reason,
 * period; no end date = lifelong), and {@link org.tianshan.grants.integrity.boundary.IntegrityScreen},
 * which every gate asks "vetoed? why" (一票否决 on an active SERIOUS record). Depends on platform only.
 */
package org.tianshan.grants.integrity;
