package com.activationdesk.sla;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlaProperties.class)
public class SlaConfiguration {

    // Static so that the converters exist before the properties are bound, without instantiating this class early.
    @Bean
    @ConfigurationPropertiesBinding
    static WorkingDaysConverter slaWorkingDaysConverter() {
        return new WorkingDaysConverter();
    }

    @Bean
    @ConfigurationPropertiesBinding
    static WorkingHoursConverter slaWorkingHoursConverter() {
        return new WorkingHoursConverter();
    }

    @Bean
    SlaPolicy slaPolicy(BusinessCalendar calendar, SlaProperties properties) {
        return new SlaPolicy(calendar, properties.target(), properties.atRiskBefore());
    }

    /** The business zone as a plain {@link java.time.ZoneId}, so the UI shell can fall back to it without knowing SLAs. */
    @Bean
    java.time.ZoneId businessZone(SlaProperties properties) {
        return properties.zone();
    }

    // Real classes, not lambdas: Spring reads the source and target type from the generic signature.
    static final class WorkingDaysConverter implements Converter<String, SlaProperties.WorkingDays> {
        @Override
        public SlaProperties.WorkingDays convert(String source) {
            return SlaProperties.WorkingDays.parse(source);
        }
    }

    static final class WorkingHoursConverter implements Converter<String, SlaProperties.WorkingHours> {
        @Override
        public SlaProperties.WorkingHours convert(String source) {
            return SlaProperties.WorkingHours.parse(source);
        }
    }
}
