package com.activationdesk.screening.matching;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Normalisation, keys and scores without a database: the rules the index and the screening rely on. */
class NameMatchingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Müller Präzisionstechnik GmbH | muller prazisionstechnik
            STRASSE & Söhne AG            | strasse sohne
            Blue Horizon Trading S.A.     | blue horizon trading
            O'Neil-Smith, Patrick         | oneil smith patrick
            Иван Петрович Сидоров         | ivan petrovic sidorov
            ООО «Нордлихт»                | nordliht
            Γεώργιος Παπαδόπουλος         | georgios papadopoulos
            🚀 Stellar Rocket Ltd 🚀      | stellar rocket
            Иван Smith                    | ivan smith
            GmbH                          | gmbh
            """)
    void normalisesScriptCasePunctuationAndLegalForms(String name, String normalized) {
        assertThat(NameNormalizer.normalize(name)).isEqualTo(normalized);
    }

    @Test
    void aNameOfPunctuationOrEmojiOnlyHasNoTokens() {
        assertThat(NameNormalizer.tokens("... --- !!!")).isEmpty();
        assertThat(NameNormalizer.tokens("🚀🔥")).isEmpty();
        assertThat(NameNormalizer.tokens(null)).isEmpty();
    }

    @Test
    void aVeryLongNameIsCutToTheMaximumNumberOfTokens() {
        String name = "word".repeat(1) + " abcdefgh".repeat(1) + " x".repeat(4999);
        assertThat(NameNormalizer.tokens(name)).hasSizeLessThanOrEqualTo(NameNormalizer.MAX_TOKENS);
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            distinct.append("name").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26)).append(' ');
        }
        assertThat(NameNormalizer.tokens(distinct.toString())).hasSize(NameNormalizer.MAX_TOKENS);
    }

    @Test
    void longTokensAreAlsoKeyedByTheirFirstAndLastLetters() {
        assertThat(NameKeys.of(List.of("sidorov", "ivan"))).containsExactly("sidorov", "<sido", ">orov", "ivan");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ivan petrovich sidorov | ivan petrovich sidorov
            sidorov ivan petrovich | ivan petrovich sidorov
            ivan sidorov           | ivan petrovich sidorov
            ivan sidorvo           | ivan petrovich sidorov
            iwan sidorow           | ivan petrovich sidorov
            rosoboron export       | rosoboronexport
            """)
    void sameNameInAnotherOrderWithTyposOrWithoutMiddleNameScoresHigh(String screened, String listed) {
        assertThat(NameScorer.score(List.of(screened.split(" ")), List.of(listed.split(" ")))).isBetween(0.85, 1.0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sidorov                | ivan petrovich sidorov
            ivan petrov            | ivan petrovich sidorov
            maria schmidt          | ivan petrovich sidorov
            siemens                | sberbank
            blue ocean consulting  | blue horizon trading
            """)
    void differentNamesScoreLow(String screened, String listed) {
        assertThat(NameScorer.score(List.of(screened.split(" ")), List.of(listed.split(" ")))).isLessThan(0.85);
    }
}
