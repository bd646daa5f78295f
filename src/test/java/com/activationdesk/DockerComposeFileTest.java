package com.activationdesk;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs here, but Debian's docker-compose validates the compose file without one and prints it
 * resolved: two app instances on the one database behind a proxy with sticky sessions (#15 item 6).
 */
class DockerComposeFileTest {

    @Test
    void composeFileIsValid() throws Exception {
        assertThat(compose("config", "-q")).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoAppInstancesOnOneDatabaseBehindAStickyProxy() throws Exception {
        Map<String, Object> services = (Map<String, Object>) new Yaml().<Map<String, Object>>load(compose("config"))
                .get("services");
        assertThat(services).containsKeys("db", "app1", "app2", "proxy");
        for (String instance : List.of("app1", "app2")) {
            Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) services.get(instance))
                    .get("environment");
            assertThat(environment).as(instance).containsEntry("SPRING_DATASOURCE_URL",
                    "jdbc:mariadb://db:3306/activationdesk").containsEntry("SPRING_PROFILES_ACTIVE", "prod");
        }
        assertThat(((Map<String, Object>) services.get("proxy")).get("volumes").toString()).contains("haproxy.cfg");

        List<String> proxy = Files.readAllLines(Path.of("docker/haproxy.cfg")).stream().map(String::strip).toList();
        assertThat(proxy).as("sticky sessions by the proxy's cookie")
                .contains("cookie SERVERID insert indirect nocache httponly")
                .anySatisfy(line -> assertThat(line).startsWith("server app1 app1:8080 cookie app1"))
                .anySatisfy(line -> assertThat(line).startsWith("server app2 app2:8080 cookie app2"));
    }

    /** Runs docker-compose on the compose file; its output, or a failed assertion with it. */
    private static String compose(String... command) throws Exception {
        RequiredTool.require(new File("/usr/bin/docker-compose"));
        List<String> arguments = new ArrayList<>(List.of("/usr/bin/docker-compose", "-f", "docker/compose.yaml"));
        arguments.addAll(List.of(command));
        Path errors = Files.createTempFile("docker-compose", ".err");
        try {
            Process process = new ProcessBuilder(arguments).redirectError(errors.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(errors)).isZero();
            return output;
        } finally {
            Files.delete(errors);
        }
    }
}
