package com.activationdesk.request;

import com.activationdesk.request.domain.SearchWords;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchWordsTest {

    @Test
    void foldsCaseAndAccentsAndSplitsAtEverythingElse() {
        assertThat(SearchWords.of("Müller-Straße Bau & Söhne GmbH"))
                .containsExactly("muller", "strasse", "bau", "sohne", "gmbh");
        assertThat(SearchWords.of("Øresund Æbleskiver Łódź", "ÉCOLE d'Été 24/7"))
                .containsExactly("oresund", "aebleskiver", "lodz", "ecole", "d", "ete", "24", "7");
    }

    @Test
    void eachWordOnceAndNullsSkipped() {
        assertThat(SearchWords.of("Bau bau BAU", null, "bau")).containsExactly("bau");
        assertThat(SearchWords.of((String) null)).isEmpty();
        assertThat(SearchWords.of(" -- ")).isEmpty();
    }

    @Test
    void longWordsAreCutToTheColumnWidth() {
        String longWord = "a".repeat(70);
        assertThat(SearchWords.of(longWord)).containsExactly("a".repeat(SearchWords.MAX_LENGTH));
        assertThat(SearchWords.prefixes("Müller GMBH")).containsExactly("muller", "gmbh");
    }
}
