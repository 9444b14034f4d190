package org.clipfile.ui.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.clipfile.search.ClippingFilter;
import org.junit.jupiter.api.Test;

class ExportNameTest {
    @Test
    void theSuggestedFileNameSaysWhatTheExportHolds() {
        assertThat(ExportViewModel.suggestedName(ClippingFilter.ALL)).isEqualTo("clippings.json");
        ClippingFilter f = ClippingFilter.ALL.withQuery("\"trade deficit\"").withTags(List.of("China-US/Taiwan", "Diplomacy"), false)
                .withDates(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 7, 31));
        assertThat(ExportViewModel.suggestedName(f)).isEqualTo("clippings-taiwan-diplomacy-trade-deficit-2023-06-01-to-2023-07-31.json");
        assertThat(ExportViewModel.suggestedName(ClippingFilter.ALL.withQuery("台湾 问题"))).isEqualTo("clippings-台湾-问题.json");
        assertThat(ExportViewModel.suggestedName(ClippingFilter.ALL.inTrash(true))).isEqualTo("trash.json");
        assertThat(ExportViewModel.suggestedName(ClippingFilter.ALL.withQuery("x".repeat(200)))).hasSizeLessThanOrEqualTo(85);
    }
}
