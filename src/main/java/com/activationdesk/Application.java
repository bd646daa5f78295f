package com.activationdesk;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** Every time-dependent rule (SLA, link expiry) reads time from this bean, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
