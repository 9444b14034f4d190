package org.clipfile.ui.browse;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;
import org.clipfile.search.ClippingRow;

/**
 * The table's items: as many slots as the filter has clippings, filled a page at a time when the
 * table first asks for a row in it. Only recently used pages are kept, so 100,000 rows cost a few
 * pages of memory and scrolling never waits for the database.
 */
public final class PagedRows extends ObservableListBase<RowSlot> {
    public static final int PAGE_SIZE = 200;
    private static final int PAGES_KEPT = 40;

    /** Loads one page in the background and hands the rows back on the JavaFX thread. */
    public interface PageLoader {
        void load(int offset, int limit, long generation, PageSink sink);
    }

    public interface PageSink {
        void loaded(int offset, long generation, List<ClippingRow> rows);
    }

    private final PageLoader loader;
    private final Map<Integer, RowSlot[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, RowSlot[]> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    private int size;
    private long generation;

    public PagedRows(PageLoader loader) {
        this.loader = loader;
    }

    @Override
    public RowSlot get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        RowSlot[] slots = pages.get(page);
        if (slots == null) {
            slots = newPage(page);
            pages.put(page, slots);
        }
        if (slots[index % PAGE_SIZE].row() == null && loading.add(page)) {
            loader.load(page * PAGE_SIZE, PAGE_SIZE, generation, this::loaded);
        }
        return slots[index % PAGE_SIZE];
    }

    private RowSlot[] newPage(int page) {
        int n = Math.min(PAGE_SIZE, size - page * PAGE_SIZE);
        RowSlot[] slots = new RowSlot[n];
        for (int i = 0; i < n; i++) {
            slots[i] = new RowSlot();
        }
        return slots;
    }

    private void loaded(int offset, long gen, List<ClippingRow> rows) {
        if (gen != generation) {
            return; // the filter changed while this page was loading
        }
        int page = offset / PAGE_SIZE;
        loading.remove(page);
        RowSlot[] slots = pages.get(page);
        if (slots == null) {
            return;
        }
        for (int i = 0; i < slots.length && i < rows.size(); i++) {
            slots[i].fill(rows.get(i));
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** The row at {@code index} if its page is loaded. */
    public ClippingRow rowAt(int index) {
        if (index < 0 || index >= size) {
            return null;
        }
        RowSlot[] slots = pages.get(index / PAGE_SIZE);
        return slots == null ? null : slots[index % PAGE_SIZE].row();
    }

    /** A new result (filter or sort changed): every slot is replaced and the table starts afresh. */
    public void reset(int newSize) {
        generation++;
        pages.clear();
        loading.clear();
        int oldSize = size;
        size = newSize;
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, new RowSlot()));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    /**
     * The same result changed in place (a tag added, a title edited): slots stay, so the
     * selection stays, and the loaded pages are fetched again.
     */
    public void reloadInPlace() {
        generation++;
        loading.clear();
        for (Integer page : List.copyOf(pages.keySet())) {
            loading.add(page);
            loader.load(page * PAGE_SIZE, PAGE_SIZE, generation, this::loaded);
        }
    }
}
