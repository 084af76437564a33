/**
 * The load harness: {@link org.tianshan.grants.bench.SubmissionSurge}, the deadline surge of issue 4,
 * run by hand against a running server (README, "Benchmarks"), and
 * {@link org.tianshan.grants.bench.AssignmentBench}, the expert assignment of issue 5 on synthetic data in
 * memory; the build only compiles them.
 */
package org.tianshan.grants.bench;
