package com.activationdesk;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** No Docker engine runs here, but Debian's docker-compose validates the compose file without one. */
class DockerComposeFileTest {

    @Test
    void composeFileIsValid() throws Exception {
        assumeTrue(new File("/usr/bin/docker-compose").canExecute(), "docker-compose not installed (.ci/run installs it)");
        Process process = new ProcessBuilder("/usr/bin/docker-compose", "-f", "docker/compose.yaml", "config", "-q")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
    }
}
