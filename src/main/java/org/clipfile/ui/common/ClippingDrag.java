package org.clipfile.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.DataFormat;

/** How dragged clippings and tags travel inside the window. */
public final class ClippingDrag {
    public static final DataFormat CLIPPING_IDS = new DataFormat("application/x-clipfile-clipping-ids");
    public static final DataFormat TAG_PATH = new DataFormat("application/x-clipfile-tag");

    private ClippingDrag() {
    }

    public static String encode(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static List<Long> decode(Object content) {
        if (!(content instanceof String s) || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split(",")).map(String::strip).filter(x -> x.matches("\\d+")).map(Long::valueOf).toList();
    }
}
