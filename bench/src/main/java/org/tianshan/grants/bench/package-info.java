/**
 * The load harness: {@link org.tianshan.grants.bench.SubmissionSurge}, the deadline surge of issue 4,
 * run by hand against a running server (README, "Benchmarks"),
 * {@link org.tianshan.grants.bench.AssignmentBench}, the expert assignment of issue 5 on synthetic data in
 * memory, and {@link org.tianshan.grants.bench.AssignmentLoad}, the same assignment end to end through the
 * REST API of a running server on a call seeded by JDBC; the build only compiles them.
 */
package org.tianshan.grants.bench;
