package com.activationdesk;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** No Docker engine runs here, but Debian's docker-compose validates the compose file without one. */
class DockerComposeFileTest {

    @Test
    void composeFileIsValid() throws Exception {
        RequiredTool.require(new File("/usr/bin/docker-compose"));
        Process process = new ProcessBuilder("/usr/bin/docker-compose", "-f", "docker/compose.yaml", "config", "-q")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
    }
}
