package com.activationdesk.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * What the load benchmark reads about the server besides its answers: CPU time of the server process, of the
 * database server, of the benchmark client itself and of the whole machine from {@code /proc} (Linux): client,
 * server and database share the machine's cores, so each one's share says where the cores went; the connection pool's busiest moment from the Prometheus endpoint on
 * the management port, and live heap by class from {@code jcmd GC.class_histogram} (which runs a full GC first).
 * Each source is optional: without a process id or management address the figure is left out.
 */
final class ServerProbe {

    private static final Pattern METRIC = Pattern.compile("^(hikaricp_connections_(?:active|pending|max))\\{[^}]*} (\\S+)$",
            Pattern.MULTILINE);
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    private static final double TICKS = 100.0; // USER_HZ on Linux
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)", Pattern.MULTILINE);

    private final Long pid;
    private final Long databasePid;
    private final String prometheus;
    private final HttpClient http;

    /** CPU seconds at a moment: the server process, the database, this client and the whole machine (busy, total). */
    record CpuSample(double processSeconds, double databaseSeconds, double clientSeconds, double machineBusySeconds,
                     double machineTotalSeconds, long nanoTime) {
    }

    /** The highest pool figures seen while sampling. */
    record PoolPeak(double maxActive, double maxPending, double size) {
    }

    ServerProbe(Long pid, String management, HttpClient http) {
        this(pid, null, management, http);
    }

    /** @param databasePid the database server's process id; {@code null} looks for a local mariadbd */
    ServerProbe(Long pid, Long databasePid, String management, HttpClient http) {
        this.pid = pid;
        this.databasePid = databasePid != null ? databasePid : localDatabase();
        this.prometheus = management == null ? null
                : (management.endsWith("/") ? management : management + "/") + "actuator/prometheus";
        this.http = http;
    }

    boolean hasProcess() {
        return pid != null;
    }

    CpuSample cpu() {
        double busy = Double.NaN;
        double total = Double.NaN;
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long all = 0;
            for (int i = 1; i < cpu.length; i++) {
                all += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle, iowait
            busy = (all - idle) / TICKS;
            total = all / TICKS;
        } catch (IOException | RuntimeException e) {
            // not Linux: the figures stay NaN
        }
        return new CpuSample(processSeconds(pid), processSeconds(databasePid), processSeconds(ProcessHandle.current().pid()),
                busy, total, System.nanoTime());
    }

    /** utime + stime of a process; NaN without an id, off Linux or when the process is gone. */
    private static double processSeconds(Long processId) {
        if (processId == null) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc", processId.toString(), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The machine's MariaDB server process, if one runs here (the benchmark database usually does). */
    private static Long localDatabase() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> command.endsWith("/mariadbd")
                        || command.endsWith("/mysqld")).orElse(false))
                .map(ProcessHandle::pid).findFirst().orElse(null);
    }

    /** Polls the pool gauges every 500 ms until {@code stop} is set; NaN figures without a management address. */
    PoolPeak samplePool(AtomicBoolean stop) {
        double active = Double.NaN;
        double pending = Double.NaN;
        double size = Double.NaN;
        while (prometheus != null && !stop.get()) {
            Map<String, Double> metrics = poolMetrics();
            active = max(active, metrics.get("hikaricp_connections_active"));
            pending = max(pending, metrics.get("hikaricp_connections_pending"));
            size = metrics.getOrDefault("hikaricp_connections_max", size);
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new PoolPeak(active, pending, size);
    }

    private Map<String, Double> poolMetrics() {
        Map<String, Double> metrics = new HashMap<>();
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(prometheus)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher metric = METRIC.matcher(body);
            while (metric.find()) {
                metrics.merge(metric.group(1), Double.parseDouble(metric.group(2)), Double::sum);
            }
        } catch (IOException e) {
            // a missed sample
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return metrics;
    }

    private static double max(double current, Double sample) {
        if (sample == null) {
            return current;
        }
        return Double.isNaN(current) ? sample : Math.max(current, sample);
    }

    /** Live heap after a full GC: bytes per class and the total (key {@code ""}). Needs the process id. */
    Map<String, Long> liveHeap() {
        String histogram = jcmd("GC.class_histogram");
        Map<String, Long> bytes = new HashMap<>();
        for (String line : histogram.split("\n")) {
            Matcher entry = HISTOGRAM_LINE.matcher(line);
            if (entry.find()) {
                bytes.merge(entry.group(3), Long.parseLong(entry.group(2)), Long::sum);
            }
        }
        Matcher total = HISTOGRAM_TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("no histogram total from jcmd: " + histogram.lines().limit(5).toList());
        }
        bytes.put("", Long.parseLong(total.group(2)));
        return bytes;
    }

    /** Writes the live objects (after a full GC) to an HPROF file for {@link HeapDominators}; a server of its own only. */
    void heapDump(Path file) {
        jcmd("GC.heap_dump " + file.toAbsolutePath());
    }

    private String jcmd(String command) {
        if (pid == null) {
            throw new IllegalStateException("the server's process id is needed (-Dload.pid=...)");
        }
        if (pid == ProcessHandle.current().pid()) {
            return inProcess(command);
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(List.of(jcmd.toString(), pid.toString(), command))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same diagnostic command in this JVM (the server under test runs in it), through its MBean: attaching
     * jcmd to the own process can wait a long time on a loaded machine.
     */
    private static String inProcess(String command) {
        try {
            String operation = command.equals("GC.class_histogram") ? "gcClassHistogram" : command;
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    static String machineLoad() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
