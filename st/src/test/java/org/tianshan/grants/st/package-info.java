/**
 * What the integration and system tests share: the EAR to deploy ({@link org.tianshan.grants.st.Deployments}),
 * a small REST client ({@link org.tianshan.grants.st.Api}) and test data that never collides with
 * another test's ({@link org.tianshan.grants.st.TestData}); and the browser tests.
 */
package org.tianshan.grants.st;
