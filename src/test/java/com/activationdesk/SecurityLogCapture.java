package com.activationdesk;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.activationdesk.base.securitylog.SecurityEventLog;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Captures what the security log writes during one test ({@code @RegisterExtension}), as the lines an operator
 * would read: the message plus every key-value pair.
 */
public final class SecurityLogCapture implements BeforeEachCallback, AfterEachCallback {

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        appender.list.clear();
        appender.start();
        logger().addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        logger().detachAppender(appender);
        appender.stop();
    }

    /** Every captured entry: its message followed by its key-value pairs. */
    public List<String> lines() {
        return List.copyOf(appender.list).stream().map(SecurityLogCapture::line).toList();
    }

    /** The captured entries of one event kind, e.g. {@code LOGIN_FAILED}. */
    public List<String> lines(String event) {
        return lines().stream().filter(line -> line.contains("event=" + event + " ")).toList();
    }

    private static String line(ILoggingEvent event) {
        String pairs = event.getKeyValuePairs() == null ? "" : event.getKeyValuePairs().stream()
                .map(pair -> pair.key + "=" + Objects.toString(pair.value)).collect(Collectors.joining(" "));
        return event.getFormattedMessage() + " | " + pairs + " ";
    }

    private static Logger logger() {
        return (Logger) LoggerFactory.getLogger(SecurityEventLog.LOGGER_NAME);
    }
}
