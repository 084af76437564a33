/**
 * What the integration and system tests share: the EAR to deploy ({@link org.tianshan.grants.st.Deployments}),
 * a small REST client ({@link org.tianshan.grants.st.Api}), test data that never collides with
 * another test's ({@link org.tianshan.grants.st.TestData}) and an SMTP server the test domain mails to
 * ({@link org.tianshan.grants.st.Mailbox}, GreenMail); and the browser tests.
 */
package org.tianshan.grants.st;
