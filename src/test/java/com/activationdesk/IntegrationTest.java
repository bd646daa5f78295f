package com.activationdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.activationdesk.testdata.TestDataConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on a real MariaDB (embedded by default, external when
 * {@code spring.datasource.url} is set), with a {@link MutableClock}, {@link RunAs} and the test-data helpers
 * ({@link TestDataConfiguration}). All such tests share one
 * cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, RunAs.class, TestDataConfiguration.class})
public @interface IntegrationTest {
}
