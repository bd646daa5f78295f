package com.activationdesk.base;

import java.util.Locale;

import com.activationdesk.ModuleTest;
import com.activationdesk.base.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Base alone: the embedded MariaDB with the migrated schema, and the translations every view uses. */
@ModuleTest
class BaseModuleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TranslationProvider translations;

    @Test
    void startsTheEmbeddedMariaDbWithTheSchemaAndTranslates() {
        assertThat(jdbc.sql("SELECT VERSION()").query(String.class).single()).contains("MariaDB");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activation_request").query(Long.class).single()).isZero();
        assertThat(translations.getTranslation("menu.requests", Locale.GERMAN))
                .isNotBlank().isNotEqualTo(translations.getTranslation("menu.requests", Locale.ENGLISH));
    }
}
