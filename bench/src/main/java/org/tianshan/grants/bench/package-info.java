/**
 * The load harness: {@link org.tianshan.grants.bench.SubmissionSurge}, the deadline surge of issue 4,
 * run by hand against a running server (README, "Benchmarks"); the build only compiles it.
 */
package org.tianshan.grants.bench;
