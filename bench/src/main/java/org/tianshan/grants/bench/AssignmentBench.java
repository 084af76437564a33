package org.tianshan.grants.bench;

import org.tianshan.grants.review.control.Affinity;
import org.tianshan.grants.review.control.ApplicationFacts;
import org.tianshan.grants.review.control.AssignmentResult;
import org.tianshan.grants.review.control.CandidateGraph;
import org.tianshan.grants.review.control.ConflictKind;
import org.tianshan.grants.review.control.ConflictRules;
import org.tianshan.grants.review.control.ExpertFacts;
import org.tianshan.grants.review.control.OptimalMatching;
import org.tianshan.grants.review.control.Pair;
import org.tianshan.grants.review.control.RandomDraw;
import org.tianshan.grants.review.control.Unfilled;
import org.tianshan.grants.review.control.UnfilledReason;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The expert assignment of issue 5 outside any container: a synthetic call and pool ({@link SyntheticCall},
 * fixed seed) at two sizes, and for each the time and heap of every phase — generate, conflict computation
 * + candidate graph build, RANDOM draw, OPTIMAL matching — then a verification, not timed, that no drawn
 * pair breaks a conflict rule or eligibility and no cap is exceeded. The build compiles it and runs nothing.
 * <pre>
 * mvn -q -pl bench -am install -DskipTests
 * MAVEN_OPTS=-Xmx4g mvn -q -pl bench exec:java -Dexec.mainClass=org.tianshan.grants.bench.AssignmentBench
 * </pre>
 * {@code -Dbench.sizes=1} or {@code =2} runs one size only (default both, small first, so the large one
 * meets a warm JIT as a server in service would); {@code -Dbench.seed} changes the data and the draw;
 * {@code -Dbench.loadCap} replaces both sizes' load cap (e.g. 4: caps bind, the repair and the LOAD_CAP
 * reasons get work).
 * <p>
 * Heap per phase, two figures: "peak" is the sum over the heap memory pools of each pool's peak usage
 * (MemoryPoolMXBean, peaks reset after a full GC before the phase); it counts garbage not yet collected and
 * pools peaking at different moments, so it is an upper bound that moves with the GC's young-generation
 * sizing. "live" is the heap used after a full GC at the phase's end: what the phase's result keeps.
 */
public final class AssignmentBench {

    private AssignmentBench() {
    }

    /** One size of the benchmark: counts, reviewers per application, load cap and first-level groups. */
    record Size(String name, int applications, int experts, int needed, int loadCap, int groups) {
    }

    static final Size SMALL = new Size("1", 2_000, 1_000, 5, 15, 10);
    static final Size LARGE = new Size("2", 20_000, 10_000, 5, 12, 60);

    public static void main(String[] args) {
        long seed = Long.getLong("bench.seed", 20_260_305L);
        String sizes = System.getProperty("bench.sizes", "1,2");
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Tianshan Grants · expert assignment (review.control) · seed %d%n", seed);
        System.out.printf("  %d cores, max heap %d MB, %s %s, Java %s, GC %s%n", runtime.availableProcessors(),
                runtime.maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), gcNames());
        Integer loadCap = Integer.getInteger("bench.loadCap");
        for (String name : sizes.split(",")) {
            Size size = name.strip().equals("1") ? SMALL : LARGE;
            run(loadCap == null ? size : new Size(size.name(), size.applications(), size.experts(), size.needed(), loadCap,
                    size.groups()), seed);
        }
    }

    private static void run(Size size, long seed) {
        System.out.printf("%nSize %s: %,d applications × %,d experts, k = %d, load cap %d, %d first-level disciplines%n",
                size.name(), size.applications(), size.experts(), size.needed(), size.loadCap(), size.groups());
        System.out.printf("  %-44s %9s %10s %10s%n", "phase", "time", "peak heap", "live after");
        SyntheticCall call = measure("generate", () -> SyntheticCall.generate(size.applications(), size.experts(),
                size.groups(), size.needed(), size.loadCap(), seed));
        CandidateGraph graph = measure("conflicts + candidate graph", () -> CandidateGraph.build(call.applications(),
                call.experts()));
        AssignmentResult random = measure("RANDOM draw (with max-flow repair)", () -> RandomDraw.assign(graph, seed));
        AssignmentResult optimal = measure("OPTIMAL matching (min-cost max-flow)", () -> OptimalMatching.assign(graph));

        long matched = 0;
        long conflicted = 0;
        for (int a = 0; a < graph.applications(); a++) {
            matched += graph.matched(a);
            conflicted += graph.conflicted(a);
        }
        System.out.printf("  graph: %,d matched pairs (%.0f per application), %,d conflicting (%.1f %%), %,d eligible arcs%n",
                matched, (double) matched / graph.applications(), conflicted, 100.0 * conflicted / matched, graph.arcs());
        System.out.printf("  conflicts by first kind: %s%n", conflictMix(call));
        report("RANDOM ", graph, random);
        report("OPTIMAL", graph, optimal);
        verify(graph, random, "RANDOM");
        verify(graph, optimal, "OPTIMAL");
    }

    private static <T> T measure(String phase, Supplier<T> work) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        T result = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long live = heap.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        System.out.printf("  %-44s %7.3f s %7d MB %7d MB%n", phase, seconds, peak >> 20, live >> 20);
        return result;
    }

    private static void report(String mode, CandidateGraph graph, AssignmentResult result) {
        long slots = 0;
        for (int a = 0; a < graph.applications(); a++) {
            slots += graph.application(a).needed();
        }
        Map<UnfilledReason, Integer> missing = new EnumMap<>(UnfilledReason.class);
        for (Unfilled unfilled : result.unfilled()) {
            missing.merge(unfilled.reason(), unfilled.missing(), Integer::sum);
        }
        System.out.printf("  %s %,d of %,d slots filled, total affinity %,d (mean %.2f of %d), %,d applications short %s%n",
                mode, result.pairs().size(), slots, result.totalAffinity(),
                result.pairs().isEmpty() ? 0.0 : (double) result.totalAffinity() / result.pairs().size(), Affinity.MAX,
                result.unfilled().size(), missing);
    }

    /** Every pair re-checked from the facts, not from the graph the solvers used. */
    private static void verify(CandidateGraph graph, AssignmentResult result, String mode) {
        int[] count = new int[graph.applications()];
        int[] load = new int[graph.experts()];
        Set<Long> seen = new HashSet<>();
        int violations = 0;
        for (Pair pair : result.pairs()) {
            ApplicationFacts application = graph.application(pair.application());
            ExpertFacts expert = graph.expert(pair.expert());
            boolean bad = !seen.add((long) pair.application() << 32 | pair.expert())
                    || !ConflictRules.all(application, expert).isEmpty()
                    || Affinity.score(application, expert) != pair.affinity() || pair.affinity() < 0
                    || contains(application.previousExpertIds(), expert.expertId())
                    || ++count[pair.application()] > application.needed()
                    || ++load[pair.expert()] > expert.capacity();
            violations += bad ? 1 : 0;
        }
        System.out.printf("  verify %-7s %,d pairs: %d violations (conflict, eligibility, duplicate, needed or load cap)%n",
                mode, result.pairs().size(), violations);
        if (violations > 0) {
            throw new IllegalStateException(mode + ": " + violations + " violating pairs");
        }
    }

    private static boolean contains(long[] ids, long id) {
        for (long candidate : ids) {
            if (candidate == id) {
                return true;
            }
        }
        return false;
    }

    /** Which rule removed the matched pairs (the first in the order of the kinds), counted from the facts. */
    private static Map<ConflictKind, Integer> conflictMix(SyntheticCall call) {
        Map<String, List<ExpertFacts>> byFirstLevel = new HashMap<>();
        for (ExpertFacts expert : call.experts()) {
            Set<String> levels = new HashSet<>();
            for (String code : expert.disciplines()) {
                levels.add(code.substring(0, 3));
            }
            for (String level : levels) {
                byFirstLevel.computeIfAbsent(level, k -> new ArrayList<>()).add(expert);
            }
        }
        Map<ConflictKind, Integer> mix = new EnumMap<>(ConflictKind.class);
        for (ApplicationFacts application : call.applications()) {
            for (ExpertFacts expert : byFirstLevel.getOrDefault(application.discipline().substring(0, 3), List.of())) {
                ConflictRules.first(application, expert).ifPresent(c -> mix.merge(c.kind(), 1, Integer::sum));
            }
        }
        return mix;
    }

    private static String gcNames() {
        return String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName()).toList());
    }
}
