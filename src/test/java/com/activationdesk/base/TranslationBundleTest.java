package com.activationdesk.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in English and German: a key in one bundle only fails the build. */
class TranslationBundleTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /** Each feature has its own bundle pair, e.g. request.properties + request_de.properties. */
    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishAndGermanHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties german = load(bundle + "_de.properties");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(german.stringPropertyNames());
        Set<String> onlyGerman = new TreeSet<>(german.stringPropertyNames());
        onlyGerman.removeAll(english.stringPropertyNames());
        assertThat(onlyEnglish).as("keys missing in German").isEmpty();
        assertThat(onlyGerman).as("keys missing in English").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTextIsBlankAndNoneUsesAStrayApostrophe(String bundle) throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_de.properties")) {
            Properties texts = load(file);
            assertThat(texts.stringPropertyNames()).allSatisfy(key -> {
                String text = texts.getProperty(key);
                assertThat(text).as(file + " " + key).isNotBlank();
                // MessageFormat treats ' as a quote: a text with placeholders must write it as ''
                if (text.contains("{0}")) {
                    assertThat(text.replace("''", "")).as(file + " " + key).doesNotContain("'");
                }
            });
        }
    }

    /** A merge can leave a key twice; the second silently wins, so it is refused here. */
    @ParameterizedTest
    @MethodSource("bundles")
    void noKeyIsDefinedTwice(String bundle) throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_de.properties")) {
            List<String> keys = Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                    .map(line -> line.substring(0, line.indexOf('=')).trim()).toList();
            assertThat(keys).as(file).doesNotHaveDuplicates();
        }
    }

    @org.junit.jupiter.api.Test
    void theMainBundleIsThere() throws IOException {
        assertThat(bundles()).contains("messages", "request");
        assertThat(load("messages.properties")).containsKey("app.name");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(file))) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
