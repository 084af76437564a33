/** REST resources of the application context: draft, edit, submit, withdraw, read, history. */
package org.tianshan.grants.application.api;
