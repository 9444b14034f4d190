package org.clipfile.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The facets read a team archive's ids as PostgreSQL's text form of integer arrays. */
class FacetIndexArraysTest {
    @Test
    void readsPostgresqlsTextFormOfAnIntegerArray() {
        assertThat(FacetIndex.intArray("{3,1,2}")).containsExactly(3, 1, 2);
        assertThat(FacetIndex.intArray("{49999999}")).containsExactly(49_999_999);
        assertThat(FacetIndex.intArray("{-4,10}")).containsExactly(-4, 10);
        assertThat(FacetIndex.intArray("{}")).isEmpty();
    }

    @Test
    void refusesAnythingElseRatherThanReadWrongIds() {
        // What the driver's rendering of a binary array gives: the reason the queries ask for ::text.
        for (String odd : new String[] {"{\"1\",\"2\"}", "{1,,2}", "1,2", "{1 ,2}", "{NULL}", "{1-2}"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> FacetIndex.intArray(odd)).as(odd)
                    .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("not an array of ids");
        }
    }
}
