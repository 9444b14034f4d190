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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.clipfile.testing.TestArchives;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@ParameterizedClass
@EnumSource(TestEngine.class)
@ExtendWith(PostgresExtension.class)
class TagStoreTest {
    @Parameter
    TestEngine engine;
    @TempDir
    Path dir;
    Archive archive;
    ClippingStore store;
    TagStore tags;

    @BeforeEach
    void open(PostgresServer server) {
        archive = engine.open(dir, server);
        store = new ClippingStore(archive);
        tags = new TagStore(archive);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    long add(String text, String... tagPaths) {
        return store.add(TestArchives.clipping(text, text, "2023-06-14", tagPaths)).id();
    }

    /** Tags (explicit or implied) the archive holds for a clipping, by path. */
    List<String> under(long id) {
        return archive.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.path FROM clipping_tag ct JOIN tag t ON t.id = ct.tag_id"
                    + " WHERE ct.clipping_id = ? ORDER BY t.path_key")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Test
    void pathsAreTidiedAndUniqueIgnoringCaseKeepingTheFirstSpelling() {
        Tag t = tags.create("  China-US /  Taiwan  ");
        assertThat(t.path()).isEqualTo("China-US/Taiwan");
        Tag again = tags.create("china-us/TAIWAN");
        assertThat(again.id()).isEqualTo(t.id());
        assertThat(tags.create("CHINA-US/Trade").path()).isEqualTo("China-US/Trade");
        assertThat(tags.all()).extracting(Tag::path).containsExactly("China-US", "China-US/Taiwan", "China-US/Trade");
        assertThatThrownBy(() -> tags.create(" / / ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClippingCountsUnderEveryAncestorOnce() {
        long a = add("a", "China-US/Taiwan", "China-US/Trade/Chips");
        assertThat(under(a)).containsExactly("China-US", "China-US/Taiwan", "China-US/Trade", "China-US/Trade/Chips");
        assertThat(tags.tagsOf(a)).containsExactly("China-US/Taiwan", "China-US/Trade/Chips");
    }

    @Test
    void removingATagDropsOnlyTheAncestorsNoLongerImplied() {
        long a = add("a", "China-US/Taiwan", "China-US/Trade");
        tags.unassign(List.of(a), "China-US/Taiwan");
        assertThat(under(a)).containsExactly("China-US", "China-US/Trade");
        tags.unassign(List.of(a), "china-us/trade");
        assertThat(under(a)).isEmpty();
    }

    @Test
    void anExplicitParentSurvivesRemovingItsChild() {
        long a = add("a", "China-US", "China-US/Taiwan");
        tags.unassign(List.of(a), "China-US/Taiwan");
        assertThat(tags.tagsOf(a)).containsExactly("China-US");
        assertThat(under(a)).containsExactly("China-US");
    }

    @Test
    void assignsToManyAtOnce() {
        long a = add("a");
        long b = add("b", "X");
        assertThat(tags.assign(List.of(a, b), "X/Y")).isEqualTo(2);
        assertThat(under(a)).containsExactly("X", "X/Y");
        assertThat(tags.tagsOf(b)).containsExactly("X", "X/Y");
    }

    @Test
    void renameInPlaceKeepsEverything() {
        long a = add("a", "China-US/Taiwan");
        var r = tags.rename("China-US/Taiwan", "China-US/Taiwan Strait");
        assertThat(r.tagsMerged()).isZero();
        assertThat(tags.tagsOf(a)).containsExactly("China-US/Taiwan Strait");
        assertThat(under(a)).containsExactly("China-US", "China-US/Taiwan Strait");
    }

    @Test
    void renameMovesASubtreeUnderANewParent() {
        long a = add("a", "Taiwan/Arms sales");
        tags.rename("Taiwan", "China-US/Taiwan");
        assertThat(tags.tagsOf(a)).containsExactly("China-US/Taiwan/Arms sales");
        assertThat(under(a)).containsExactly("China-US", "China-US/Taiwan", "China-US/Taiwan/Arms sales");
        assertThat(tags.find("Taiwan")).isEmpty();
    }

    @Test
    void renameOntoAnExistingTagMerges() {
        long a = add("a", "Blinken");
        long b = add("b", "Antony Blinken", "Antony Blinken/Visits");
        long c = add("c", "People/Blinken/Visits");
        var r = tags.rename("Antony Blinken", "people/blinken");
        assertThat(r.tagsMerged()).isEqualTo(2);
        assertThat(tags.tagsOf(b)).containsExactly("People/Blinken", "People/Blinken/Visits");
        assertThat(tags.tagsOf(c)).containsExactly("People/Blinken/Visits");
        assertThat(tags.find("Antony Blinken")).isEmpty();
        assertThat(under(b)).containsExactly("People", "People/Blinken", "People/Blinken/Visits");
        assertThat(tags.tagsOf(a)).containsExactly("Blinken");
    }

    @Test
    void renamingUnderItselfIsRefused() {
        add("a", "A");
        assertThatThrownBy(() -> tags.rename("A", "A/B")).hasMessageContaining("under itself");
        assertThatThrownBy(() -> tags.rename("Nope", "B")).hasMessageContaining("No tag 'Nope'");
    }

    @Test
    void deleteRemovesTheSubtreeButKeepsClippings() {
        long a = add("a", "China-US/Taiwan", "Blinken");
        assertThat(tags.delete("China-US")).isEqualTo(1);
        assertThat(tags.tagsOf(a)).containsExactly("Blinken");
        assertThat(under(a)).containsExactly("Blinken");
        assertThat(store.get(a)).isPresent();
        assertThat(tags.all()).extracting(Tag::path).containsExactly("Blinken");
    }

    @Test
    void aTagIsDeletedIfUnusedOnlyWhenNoClippingAndNoSubtopicHasIt() {
        long a = add("one");
        tags.assign(List.of(a), "Markets/Asia");
        assertThat(tags.deleteIfUnused("Markets")).as("has a subtopic").isFalse();
        assertThat(tags.deleteIfUnused("Markets/Asia")).as("carried by a clipping").isFalse();
        tags.unassign(List.of(a), "Markets/Asia");
        assertThat(tags.deleteIfUnused("Markets/Asia")).isTrue();
        assertThat(tags.deleteIfUnused("Markets")).isTrue();
        assertThat(tags.all()).isEmpty();
        assertThat(tags.deleteIfUnused("Markets")).as("already gone").isFalse();
    }
}
