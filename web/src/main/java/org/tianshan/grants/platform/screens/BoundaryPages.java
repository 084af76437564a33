package org.tianshan.grants.platform.screens;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tianshan.grants.kernel.Page;
import org.tianshan.grants.kernel.PageRequest;
import org.tianshan.grants.web.screens.FacesErrors;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A lazy p:dataTable model over a paged boundary list: the table asks for rows {@code first..first+size},
 * the boundary answers a {@link Page}; a refusal shows as a Faces message and an empty page.
 */
public class BoundaryPages<T> extends LazyDataModel<T> {

    /** One page from a boundary; serializable because the view-scoped screen holding it is. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> fetch(PageRequest page);
    }

    private final Source<T> source;

    public BoundaryPages(Source<T> source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        Page<T> page = FacesErrors.attempt(() -> source.fetch(new PageRequest(0, 1)));
        return page == null ? 0 : (int) Math.min(Integer.MAX_VALUE, page.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE);
        Page<T> page = FacesErrors.attempt(() -> source.fetch(new PageRequest(first / size, size)));
        if (page == null) {
            setRowCount(0);
            return List.of();
        }
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    /** Rows are not selected through the model; a row's index on the page is key enough. */
    @Override
    public String getRowKey(T row) {
        return Integer.toString(System.identityHashCode(row));
    }
}
