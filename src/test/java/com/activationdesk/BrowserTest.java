package com.activationdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test in a real browser (see {@link BrowserSession}) against the whole application on a random port. All such
 * classes share this one cached Spring context; it has {@link RunAs} for preparing data through the services,
 * but the system clock: the browser and the server must agree on "now" (rollout dates, expiry times).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "activationdesk.test-context=browser")
@ActiveProfiles("test")
@Import(RunAs.class)
public @interface BrowserTest {
}
