package org.clipfile.archive;

/** A tag as stored: {@code path} is the full display path, {@code parentId} null at the top. */
public record Tag(long id, String path, Long parentId) {
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public int depth() {
        return (int) path.chars().filter(ch -> ch == '/').count() + 1;
    }
}
