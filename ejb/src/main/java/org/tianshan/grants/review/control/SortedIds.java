package org.tianshan.grants.review.control;

import java.util.Arrays;

/** Id sets as sorted {@code long[]}: the graph build asks millions of membership questions of a handful of ids each. */
final class SortedIds {

    static final long[] NONE = {};

    private SortedIds() {
    }

    /** A sorted copy, so a caller's array is never reordered under it and later edits of it change nothing here. */
    static long[] of(long[] ids) {
        if (ids == null || ids.length == 0) {
            return NONE;
        }
        long[] copy = ids.clone();
        Arrays.sort(copy);
        return copy;
    }

    static boolean contains(long[] sorted, long id) {
        // a linear scan beats binary search on the few ids a team or a declaration holds
        if (sorted.length <= 8) {
            for (long candidate : sorted) {
                if (candidate == id) {
                    return true;
                }
            }
            return false;
        }
        return Arrays.binarySearch(sorted, id) >= 0;
    }
}
