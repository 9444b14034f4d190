package org.clipfile.ui.browse;

import java.util.AbstractList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
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
    private Map<Integer, RowSlot[]> pages = newPages();
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

    private static Map<Integer, RowSlot[]> newPages() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, RowSlot[]> eldest) {
                return size() > PAGES_KEPT;
            }
        };
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

    /**
     * A new result (filter or sort changed): every slot is replaced and the table starts afresh.
     * Told as one replacement of the whole list whose removed rows are a view of the old pages,
     * not a copy of them: listing a million removed rows cost tens of milliseconds on the FX
     * thread for every keystroke in the search box.
     */
    public void reset(int newSize) {
        reset(newSize, List.of());
    }

    /**
     * A new result whose first page came with its count: the table draws those rows in the same
     * pulse as the new size, without one more trip to the database and back (what made the window
     * show empty rows for seconds after opening a large archive on a busy machine).
     */
    public void reset(int newSize, List<ClippingRow> firstPage) {
        generation++;
        Map<Integer, RowSlot[]> oldPages = pages;
        pages = newPages();
        loading.clear();
        int oldSize = size;
        size = newSize;
        if (newSize > 0 && !firstPage.isEmpty()) {
            RowSlot[] slots = newPage(0);
            for (int i = 0; i < slots.length && i < firstPage.size(); i++) {
                slots[i].fill(firstPage.get(i));
            }
            pages.put(0, slots);
        }
        if (oldSize > 0 || newSize > 0) {
            fireChange(new ResetChange(this, oldSize, newSize, oldPages));
        }
    }

    /**
     * Where {@code o} is among the slots made so far. A slot not made yet would be a new object,
     * equal to nothing that exists, so the rest need not be made (the list's default would make
     * every slot and load every page: the table's selection model asks this of its old selected
     * row after each reset).
     */
    @Override
    public int indexOf(Object o) {
        int found = -1;
        for (Map.Entry<Integer, RowSlot[]> e : pages.entrySet()) {
            RowSlot[] slots = e.getValue();
            for (int i = 0; i < slots.length; i++) {
                if (slots[i].equals(o)) {
                    int index = e.getKey() * PAGE_SIZE + i;
                    found = found < 0 ? index : Math.min(found, index);
                }
            }
        }
        return found;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o); // each slot is a distinct object, in one place at most
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** Rows 0..oldSize replaced by rows 0..newSize, in one step; nothing is copied. */
    static final class ResetChange extends ListChangeListener.Change<RowSlot> {
        private final int newSize;
        private final List<RowSlot> removed;
        private int cursor = -1;

        ResetChange(PagedRows list, int oldSize, int newSize, Map<Integer, RowSlot[]> oldPages) {
            super(list);
            this.newSize = newSize;
            this.removed = new AbstractList<>() {
                private final RowSlot gone = new RowSlot();

                @Override
                public RowSlot get(int index) {
                    if (index < 0 || index >= oldSize) {
                        throw new IndexOutOfBoundsException(index);
                    }
                    RowSlot[] slots = oldPages.get(index / PAGE_SIZE);
                    return slots == null ? gone : slots[index % PAGE_SIZE];
                }

                @Override
                public int size() {
                    return oldSize;
                }
            };
        }

        @Override
        public boolean next() {
            cursor++;
            return cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            checkState();
            return 0;
        }

        @Override
        public int getTo() {
            checkState();
            return newSize;
        }

        @Override
        public List<RowSlot> getRemoved() {
            checkState();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            checkState();
            return new int[0];
        }

        private void checkState() {
            if (cursor != 0) {
                throw new IllegalStateException("Invalid Change state: next() must be called before inspecting the Change.");
            }
        }

        @Override
        public String toString() {
            return "{ replaced rows 0.." + removed.size() + " by rows 0.." + newSize + " }";
        }
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
