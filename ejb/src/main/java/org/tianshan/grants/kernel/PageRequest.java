package org.tianshan.grants.kernel;

import java.util.List;

/** {@code ?page=0&size=50}; refuses negative pages and sizes outside 1..200 (400). */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new InvalidInput(List.of(new Violation("page/size", "page must be ≥ 0 and size between 1 and " + MAX_SIZE)));
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? 50 : size);
    }

    public int offset() {
        return page * size;
    }
}
