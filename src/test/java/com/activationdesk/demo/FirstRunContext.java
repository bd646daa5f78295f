package com.activationdesk.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The first run: the whole application on a fresh embedded database of its own (also when the suite runs against an
 * external one, where no requests are seeded) with the demo requests on, on a real port. One cached context for
 * {@link DemoModuleTest} and {@link FirstRunBrowserTest}, so the requests are seeded once for both; the other tests
 * switch them off, since they count their own requests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"activationdesk.demo-data.requests=true", "spring.datasource.url="})
@ActiveProfiles("test")
@interface FirstRunContext {
}
