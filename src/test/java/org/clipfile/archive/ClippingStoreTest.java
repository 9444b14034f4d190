package org.clipfile.archive;

import org.clipfile.testing.PostgresExtension;
import org.clipfile.testing.PostgresServer;
import org.clipfile.testing.TestEngine;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ParameterizedClass
@EnumSource(TestEngine.class)
@ExtendWith(PostgresExtension.class)
class ClippingStoreTest {
    @Parameter
    TestEngine engine;
    @TempDir
    Path dir;
    Archive archive;
    ClippingStore store;

    @BeforeEach
    void open(PostgresServer server) {
        archive = engine.open(dir, server);
        store = new ClippingStore(archive);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void storesEveryFieldAndReadsItBack() {
        PublishedDate june = new PublishedDate(LocalDate.of(2023, 6, 20), DatePrecision.MONTH, DateOrigin.HEADER);
        NewClipping n = new NewClipping("Title", "Body text", "my notes", june, "Reuters", "https://x.test/a", "Ann",
                List.of("China-US/Taiwan", "Blinken"), null, null);
        AddResult r = store.add(n);
        assertThat(r.added()).isTrue();
        Clipping c = store.get(r.id()).orElseThrow();
        assertThat(c.title()).isEqualTo("Title");
        assertThat(c.text()).isEqualTo("Body text");
        assertThat(c.notes()).isEqualTo("my notes");
        assertThat(c.date().iso()).isEqualTo("2023-06");
        assertThat(c.date().origin()).isEqualTo(DateOrigin.HEADER);
        assertThat(c.source()).isEqualTo("Reuters");
        assertThat(c.url()).isEqualTo("https://x.test/a");
        assertThat(c.author()).isEqualTo("Ann");
        assertThat(c.tags()).containsExactly("Blinken", "China-US/Taiwan");
        assertThat(c.contentHash()).isEqualTo(ContentHash.of("Body text"));
        assertThat(c.addedAt()).isNotNull();
        assertThat(c.inTrash()).isFalse();
    }

    @Test
    void theSameTextIsStoredOnceAndTheDuplicateStillGetsItsTags() {
        AddResult first = store.add(TestArchives.clipping("A", "China’s “new” — difficulties", "2023-06-14", "One"));
        AddResult second = store.add(TestArchives.clipping("Other title", "china's \"new\" - difficulties ", null, "Two"));
        assertThat(second.added()).isFalse();
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(store.get(first.id()).orElseThrow().tags()).containsExactly("One", "Two");
    }

    @Test
    void editsAreSavedAndATextCollisionIsRefused() {
        long a = store.add(TestArchives.clipping("A", "alpha text", "2023-06-14")).id();
        store.add(TestArchives.clipping("B", "beta text", "2023-06-15"));
        Clipping c = store.get(a).orElseThrow();
        Clipping edited = store.update(a, new ClippingEdit("A2", "alpha text, corrected", "n", null, "AP", null, null));
        assertThat(edited.title()).isEqualTo("A2");
        assertThat(edited.date()).isNull();
        assertThat(edited.source()).isEqualTo("AP");
        assertThat(edited.contentHash()).isNotEqualTo(c.contentHash());
        assertThatThrownBy(() -> store.update(a, new ClippingEdit("A3", "beta text", "", null, null, null, null)))
                .hasMessageContaining("already has this text");
        assertThat(store.get(a).orElseThrow().title()).isEqualTo("A2");
    }

    @Test
    void trashKeepsClippingsUntilEmptied() {
        long a = store.add(TestArchives.clipping("A", "alpha", "2023-06-14", "T")).id();
        assertThat(store.moveToTrash(List.of(a))).isEqualTo(1);
        assertThat(store.get(a).orElseThrow().inTrash()).isTrue();
        assertThat(store.restore(List.of(a))).isEqualTo(1);
        assertThat(store.get(a).orElseThrow().inTrash()).isFalse();
        store.moveToTrash(List.of(a));
        assertThat(store.emptyTrash()).isEqualTo(1);
        assertThat(store.get(a)).isEmpty();
    }

    @Test
    void aBatchIsAllOrNothing() {
        NewClipping good = TestArchives.clipping("Good", "good text", null);
        NewClipping bad = new NewClipping("Bad", "bad text", "", null, null, null, null, List.of("x".repeat(300)), null, null);
        assertThatThrownBy(() -> store.addAll(List.of(good, bad))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.findByHash(ContentHash.of("good text"))).isEmpty();
    }

    @Test
    void keepsAPreferredIdWhenItIsFree() {
        NewClipping n = new NewClipping("T", "text", "", null, null, null, null, List.of(), null, 42L);
        assertThat(store.add(n).id()).isEqualTo(42L);
        NewClipping m = new NewClipping("T", "other text", "", null, null, null, null, List.of(), null, 42L);
        assertThat(store.add(m).id()).isNotEqualTo(42L);
    }
}
