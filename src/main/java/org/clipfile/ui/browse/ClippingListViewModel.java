package org.clipfile.ui.browse;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.clipfile.search.ClippingFilter;
import org.clipfile.search.ClippingRow;
import org.clipfile.search.SortOrder;
import org.clipfile.search.ClippingSearch;
import org.clipfile.ui.common.Messages;
import org.clipfile.ui.workspace.Browsing;
import org.clipfile.ui.workspace.WindowSession;

/**
 * The clipping table's model: a count and pages of rows for the current filter, in the chosen
 * order (relevance while searching unless a column says otherwise).
 */
public final class ClippingListViewModel {
    private final ClippingSearch search;
    private final Browsing browsing;
    private final WindowSession session;
    private final Messages messages;
    private final PagedRows rows;
    private final LongProperty count = new SimpleLongProperty();
    private final BooleanProperty archiveEmpty = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** The order picked by a column header; null means "best for the filter". */
    private final ObjectProperty<SortOrder> columnSort = new SimpleObjectProperty<>();
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(SortOrder.NEWEST);
    private volatile long request;
    private Runnable onPageLoaded = () -> { };

    public ClippingListViewModel(ClippingSearch search, Browsing browsing, WindowSession session, Messages messages) {
        this.search = search;
        this.browsing = browsing;
        this.session = session;
        this.messages = messages;
        this.rows = new PagedRows(this::loadPage);
        browsing.filterProperty().addListener((o, a, b) -> {
            if (!java.util.Objects.equals(a.query(), b.query()) && columnSort.get() != null) {
                // A new search starts in its best order: a header sort does not linger unseen.
                columnSort.set(null); // reloads
            } else {
                reload(true);
            }
        });
        session.revisionProperty().addListener((o, a, b) -> reload(false));
        columnSort.addListener((o, a, b) -> reload(true));
    }

    public PagedRows rows() {
        return rows;
    }

    public ReadOnlyLongProperty countProperty() {
        return count;
    }

    /** True when the archive holds no clippings at all: the window shows its welcome. */
    public ReadOnlyBooleanProperty archiveEmptyProperty() {
        return archiveEmpty;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** The order the list is shown in now, for the window to say ("by relevance"). */
    public ReadOnlyObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    public ObjectProperty<SortOrder> columnSortProperty() {
        return columnSort;
    }

    public void setOnPageLoaded(Runnable r) {
        onPageLoaded = r;
    }

    public SortOrder effectiveSort() {
        SortOrder chosen = columnSort.get();
        if (chosen != null) {
            return chosen;
        }
        return browsing.filter().query() != null ? SortOrder.RELEVANCE : SortOrder.NEWEST;
    }

    /** Counts again; a new filter starts the table afresh, a change to the same filter keeps it. */
    public void reload(boolean newResult) {
        ClippingFilter filter = browsing.filter();
        long id = ++request;
        loading.set(true);
        SortOrder order = effectiveSort();
        sort.set(order);
        String task = messages.get("task.count");
        session.runner().run(org.clipfile.ui.common.TaskRunner.Lane.INTERACTIVE, task, p -> {
            if (id != request) {
                return null; // a newer filter came while this waited
            }
            long n = search.count(filter);
            boolean empty = n == 0 && (filter.isEmpty() && !filter.trash()
                    || search.count(ClippingFilter.ALL) == 0);
            // A new result brings its first page along: the rows show with the count.
            List<ClippingRow> first = newResult && n > 0 && id == request
                    ? search.page(filter, order, 0, PagedRows.PAGE_SIZE) : List.of();
            return new Counted(n, empty, first);
        }, new org.clipfile.ui.common.TaskListener<Counted>(r -> {
            if (id != request || r == null) {
                return; // a newer filter is already on its way
            }
            loading.set(false);
            archiveEmpty.set(r.empty());
            int n = (int) Math.min(Integer.MAX_VALUE, r.count());
            if (newResult || n != rows.size()) {
                rows.reset(n, effectiveSort() == order ? r.firstPage() : List.of());
                if (!r.firstPage().isEmpty()) {
                    onPageLoaded.run();
                }
            } else {
                rows.reloadInPlace();
            }
            count.set(r.count());
        }, e -> {
            if (id == request) {
                loading.set(false); // not loading any more: what comes after the first result may start
            }
            session.fail(task, e);
        }, null));
    }

    private record Counted(long count, boolean empty, List<ClippingRow> firstPage) {
    }

    /** Every id of the current result, in table order (for "select all" over unloaded pages). */
    public void allIds(java.util.function.Consumer<List<Long>> done) {
        ClippingFilter filter = browsing.filter();
        SortOrder sort = effectiveSort();
        session.run("task.page", p -> search.ids(filter, sort), done);
    }

    private void loadPage(int offset, int limit, long generation, PagedRows.PageSink sink) {
        ClippingFilter filter = browsing.filter();
        SortOrder sort = effectiveSort();
        session.run("task.page", p -> search.page(filter, sort, offset, limit),
                (List<ClippingRow> page) -> {
                    sink.loaded(offset, generation, page);
                    onPageLoaded.run();
                });
    }
}
