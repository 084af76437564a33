package org.tianshan.grants.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntUnaryOperator;

/**
 * Runs {@code n} requests on a fixed pool of {@code clients} threads. Every client first waits at a
 * latch, so all start together — the deadline surge — and the wall time runs from the latch's release
 * to the last answer.
 * <ul>
 *   <li>Closed loop ({@code rate} 0): each client sends its next request as soon as the previous one is
 *       answered, so {@code clients} requests are always outstanding; a request's latency runs from just
 *       before sending to the whole answer read.</li>
 *   <li>Open loop ({@code rate} &gt; 0 requests/s): request {@code i} is due at {@code i / rate} seconds
 *       after the release, whatever the server does; its latency runs from when it was due, so time spent
 *       waiting for a free client (the server falling behind) counts too.</li>
 * </ul>
 */
final class LoadPhase {

    /** What one phase measured: per request (by index) its latency and its status. */
    record Result(int n, int clients, long wallNanos, long[] latencyNanos, int[] statuses) {

        double seconds() {
            return wallNanos / 1e9;
        }

        double throughput() {
            return n / seconds();
        }

        /** The status codes and how often each came, in code order. */
        Map<Integer, Integer> histogram() {
            Map<Integer, Integer> histogram = new TreeMap<>();
            for (int s : statuses) {
                histogram.merge(s, 1, Integer::sum);
            }
            return histogram;
        }

        int count(int status) {
            int count = 0;
            for (int s : statuses) {
                count += s == status ? 1 : 0;
            }
            return count;
        }

        Latencies latencies() {
            return Latencies.of(latencyNanos);
        }
    }

    private LoadPhase() {
    }

    /**
     * @param request sends request {@code i} and returns its HTTP status (negative: no answer)
     * @param rate requests per second for an open loop; 0 for a closed loop
     * @param progress a label for the progress line printed every 10 % (null: none)
     */
    static Result run(int n, int clients, double rate, IntUnaryOperator request, String progress) throws InterruptedException {
        int threads = Math.max(1, Math.min(clients, n));
        long[] latency = new long[n];
        int[] status = new int[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong released = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-client");
            t.setDaemon(true);
            return t;
        });
        int step = Math.max(1, n / 10);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i; (i = next.getAndIncrement()) < n; ) {
                    long start;
                    if (rate > 0) {
                        start = released.get() + (long) (i * 1e9 / rate);
                        for (long wait; (wait = start - System.nanoTime()) > 0; ) {
                            LockSupport.parkNanos(wait);
                        }
                    } else {
                        start = System.nanoTime();
                    }
                    int s;
                    try {
                        s = request.applyAsInt(i);
                    } catch (RuntimeException e) {
                        s = Api.IO_ERROR;
                    }
                    latency[i] = System.nanoTime() - start;
                    status[i] = s;
                    int finished = done.incrementAndGet();
                    if (progress != null && finished % step == 0) {
                        System.out.printf("    … %s: %d/%d%n", progress, finished, n);
                    }
                }
            });
        }
        ready.await();
        long started = System.nanoTime();
        released.set(started);
        go.countDown();
        pool.shutdown();
        if (!pool.awaitTermination(6, TimeUnit.HOURS)) {
            throw new IllegalStateException("the phase did not end within 6 hours");
        }
        long wall = System.nanoTime() - started;
        return new Result(n, threads, wall, latency, status);
    }
}
