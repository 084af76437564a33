package org.tianshan.grants.kernel;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and the total count of the whole list. */
public record Page<T>(List<T> items, long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total);
    }
}
