package com.activationdesk;

import java.io.File;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A program from the machine that a test needs (Chromium, docker-compose). On a developer's machine a missing one
 * skips the test; under CI ({@code CI=true}, set by {@code .ci/run} and by common CI services) it fails the test,
 * because CI installs these programs and a skip there would hide that the test never ran.
 */
public final class RequiredTool {

    private RequiredTool() {
    }

    public static void require(File... programs) {
        for (File program : programs) {
            if (program.canExecute()) {
                continue;
            }
            String missing = program + " is not installed (.ci/run installs it)";
            if (Boolean.parseBoolean(System.getenv("CI"))) {
                fail(missing + "; under CI=true this test must run");
            }
            assumeTrue(false, missing);
        }
    }
}
