package org.tianshan.grants.application.control;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * The text fingerprint behind the duplicate-submission check (查重): character shingles of the
 * normalised title and abstract, their MinHash signature and its locality-sensitive bands.
 * <p>
 * Normalisation (NFKC, lower case, letters and digits only) makes full-width and half-width forms,
 * punctuation and spacing irrelevant, so a copy with changed punctuation is still a copy. Shingles are
 * {@value #K} code points: short enough for Chinese, where one character carries a word's weight. Two
 * texts' resemblance is the Jaccard index of their shingle sets; the {@value #HASHES}-hash MinHash
 * signature estimates it, and {@value #BANDS} bands of {@value #ROWS} rows make any pair above ~0.6
 * share a band with near certainty (1 − (1 − s⁴)³² ≥ 0.98 at s = 0.6) while unrelated texts rarely do.
 * Pure and deterministic: the same text gives the same signature on every node and every release.
 */
public final class TextFingerprint {

    public static final int K = 3;
    public static final int HASHES = 128;
    public static final int BANDS = 32;
    public static final int ROWS = HASHES / BANDS;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long state = 0x5EED_7A15_4A1L;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(state);
        }
    }

    private TextFingerprint() {
    }

    /** NFKC, lower case, letters and digits only. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The 64-bit hashes of every {@value #K}-code-point window of the normalised text (the whole text if shorter). */
    public static Set<Long> shingles(String text) {
        int[] cps = normalise(text).codePoints().toArray();
        Set<Long> shingles = new HashSet<>();
        if (cps.length == 0) {
            return shingles;
        }
        int width = Math.min(K, cps.length);
        for (int i = 0; i + width <= cps.length; i++) {
            long h = 0x243F6A8885A308D3L;
            for (int j = i; j < i + width; j++) {
                h = mix(h ^ cps[j]);
            }
            shingles.add(h);
        }
        return shingles;
    }

    /** The MinHash signature: for each of the {@value #HASHES} hash functions, the least (upper 32 bits of the) hash. */
    public static int[] signature(Set<Long> shingles) {
        int[] signature = new int[HASHES];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33);   // non-negative
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** One hash per band of {@value #ROWS} rows; two signatures sharing a band's hash are candidates. */
    public static long[] bands(int[] signature) {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    /** The exact Jaccard index |A∩B| / |A∪B| of two shingle sets; 0 when both are empty. */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<Long> smaller = a.size() <= b.size() ? a : b;
        Set<Long> larger = smaller == a ? b : a;
        long common = smaller.stream().filter(larger::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    /** The MinHash estimate of the Jaccard index: the share of equal positions. */
    public static double estimate(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / HASHES;
    }

    public static byte[] pack(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * 4);
        for (int v : signature) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    public static int[] unpack(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] signature = new int[bytes.length / 4];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = buffer.getInt();
        }
        return signature;
    }

    /** SplitMix64's finaliser: a fast 64-bit mixer with good avalanche. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
