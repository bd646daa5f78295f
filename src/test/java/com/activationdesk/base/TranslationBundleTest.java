package com.activationdesk.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in English and German: a key in one bundle only fails the build. */
class TranslationBundleTest {

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Properties english = load("/i18n/messages.properties");
        Properties german = load("/i18n/messages_de.properties");
        assertThat(english).isNotEmpty();
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(german.stringPropertyNames());
        Set<String> onlyGerman = new TreeSet<>(german.stringPropertyNames());
        onlyGerman.removeAll(english.stringPropertyNames());
        assertThat(onlyEnglish).as("keys missing in German").isEmpty();
        assertThat(onlyGerman).as("keys missing in English").isEmpty();
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String bundle : new String[] {"/i18n/messages.properties", "/i18n/messages_de.properties"}) {
            Properties texts = load(bundle);
            assertThat(texts.stringPropertyNames()).allSatisfy(key ->
                    assertThat(texts.getProperty(key)).as(bundle + " " + key).isNotBlank());
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
