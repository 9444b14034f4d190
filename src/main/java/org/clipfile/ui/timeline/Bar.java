package org.clipfile.ui.timeline;

import java.time.LocalDate;

/** One bar of the timeline: a month or a day, with how many clippings were published in it. */
public record Bar(LocalDate start, LocalDate end, String label, long count) {
}
