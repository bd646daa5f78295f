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
 * A browserless Vaadin test (extend {@code SpringBrowserlessTest}) on the real services and database. It has
 * its own cached Spring context, separate from {@link IntegrationTest}'s, because a shared context can leave
 * the mocked security state of one kind of test visible to the other. Like {@link IntegrationTest} it has a
 * {@link MutableClock} (the request views show SLA due times and refuse past rollout dates) and {@link RunAs}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "activationdesk.test-context=browserless")
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, RunAs.class, TestDataConfiguration.class})
public @interface UiTest {
}
