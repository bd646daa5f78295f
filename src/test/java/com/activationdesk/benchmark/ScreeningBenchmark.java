package com.activationdesk.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.activationdesk.Application;
import com.activationdesk.screening.ListImportResult;
import com.activationdesk.screening.RequestScreening;
import com.activationdesk.screening.SanctionsScreening;
import com.activationdesk.screening.ScreenedRequest;
import com.activationdesk.screening.ScreeningSubject;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The screening benchmark of issue 13 (a command, not a timed test): writes a synthetic EU FSF file of N entries
 * with three aliases each (default 50,000 entries, about 150,000 aliases and 25 MB), times its import, the median
 * and p95 of single screenings (names from the list with a typo, reordered, and names not listed), and the
 * re-screening of R synthetic requests with three names each (default 100,000), evidence and audit entries
 * included. Run (see README and docs/screening.md):
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.activationdesk.benchmark.ScreeningBenchmark} with optional {@code -Dbenchmark.url=...
 * -Dbenchmark.entries=... -Dbenchmark.screenings=... -Dbenchmark.requests=...}.
 */
public final class ScreeningBenchmark {

    /** Request ids far above real ones: the evidence of the synthetic requests cannot mix with real requests'. */
    static final long FIRST_REQUEST_ID = 900_000_000_000L;
    /** Consonant, vowel, optional consonant: about 1,900 syllables, so names spread over the index like real ones. */
    private static final List<String> SYLLABLES = syllables();
    private static final String[] LEGAL = {"Ltd", "GmbH", "LLC", "S.A.", "OOO", "AG", ""};
    private static final String[] COUNTRIES = {"RU", "IR", "KP", "SY", "BY", "VE", "CU", "MM", "AF", "IQ"};

    /**
     * @param entries    listed entries in the synthetic file (three aliases each)
     * @param screenings single screenings timed
     * @param requests   synthetic requests re-screened
     */
    record Settings(int entries, int screenings, int requests) {
    }

    /** What the run measured; the test checks that each part did something. */
    record Result(ListImportResult imported, long fileBytes, double importSeconds, double screeningMedianMillis,
                  double screeningP95Millis, int listedFound, double rescreenSeconds, int rescreened) {
    }

    private ScreeningBenchmark() {
    }

    public static void main(String[] args) {
        String url = System.getProperty("benchmark.url",
                "jdbc:mariadb://127.0.0.1:3306/activationdesk_screening_bench?createDatabaseIfNotExist=true");
        Settings settings = new Settings(Integer.getInteger("benchmark.entries", 50_000),
                Integer.getInteger("benchmark.screenings", 1_000), Integer.getInteger("benchmark.requests", 100_000));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.datasource.url=" + url,
                        "spring.datasource.username=" + System.getProperty("benchmark.user", "root"),
                        "spring.datasource.password=" + System.getProperty("benchmark.password", ""),
                        "activationdesk.scheduling.enabled=false",
                        "spring.main.banner-mode=off", "logging.level.root=warn",
                        "logging.level.com.activationdesk=warn")
                .run("--server.port=0", "--activationdesk.dev-smtp.port=0")) {
            System.out.println("Database: " + url);
            run(context, settings, Path.of("target", "screening-benchmark-eu.xml"));
        }
    }

    static Result run(ApplicationContext context, Settings settings, Path file) {
        SanctionsScreening sanctions = context.getBean(SanctionsScreening.class);
        RequestScreening screening = context.getBean(RequestScreening.class);
        List<String> listed = writeList(file, settings.entries());
        long bytes = size(file);

        long started = System.nanoTime();
        ListImportResult imported;
        try (InputStream content = Files.newInputStream(file)) {
            imported = sanctions.importList("EU_FSF_XML", content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double importSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Import: %,d entries, %,d aliases, %.1f MB in %.1f s%n", imported.entries(),
                imported.aliases(), bytes / 1e6, importSeconds);

        Random random = new Random(13);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < settings.screenings(); i++) {
            String name = listed.get(random.nextInt(listed.size()));
            queries.add(switch (i % 4) {
                case 0 -> name;
                case 1 -> typo(name, random);
                case 2 -> reordered(name);
                default -> name(random) + " " + name(random) + " Trading"; // most likely not listed
            });
        }
        for (int i = 0; i < Math.min(20, queries.size()); i++) { // warm-up: JIT, caches
            sanctions.screen(queries.get(i), "RU");
        }
        List<Double> millis = new ArrayList<>();
        List<Double> cpuMillis = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int found = 0;
        for (String query : queries) {
            long one = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            found += sanctions.screen(query, "RU").isEmpty() ? 0 : 1;
            cpuMillis.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            millis.add((System.nanoTime() - one) / 1e6);
        }
        System.out.println("  slowest of each 100 screenings, in order (ms): " + slowestPerHundred(millis));
        millis.sort(Double::compare);
        cpuMillis.sort(Double::compare);
        double median = millis.get(millis.size() / 2);
        double p95 = millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1));
        System.out.printf(Locale.ROOT, "Screening: %,d names, median %.1f ms, p95 %.1f ms, %,d with a match%n",
                queries.size(), median, p95, found);
        // Wall time against the CPU time of this thread (normalising, key lookup, scoring, JDBC): the rest is
        // waiting, for the database or for a CPU. Judge the wall time only together with the load average.
        System.out.printf(Locale.ROOT, "  CPU of the screening thread: median %.1f ms, p95 %.1f ms;"
                        + " load average %.1f before, %.1f after%n", cpuMillis.get(cpuMillis.size() / 2),
                cpuMillis.get(Math.min(cpuMillis.size() - 1, (int) Math.ceil(cpuMillis.size() * 0.95) - 1)),
                loadBefore, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        started = System.nanoTime();
        for (int i = 0; i < settings.requests(); i++) {
            screening.screen(new ScreenedRequest(FIRST_REQUEST_ID + i, "BENCH-" + i, COUNTRIES[i % COUNTRIES.length],
                    List.of(new ScreeningSubject("CUSTOMER", i % 50 == 0 ? listed.get(i % listed.size())
                                    : name(random) + " " + name(random) + " GmbH"),
                            new ScreeningSubject("OTHER_NAME", name(random) + " " + name(random)),
                            new ScreeningSubject("ADMINISTRATOR", name(random) + " " + name(random)))), "BENCHMARK");
            if ((i + 1) % 5_000 == 0) {
                System.out.printf(Locale.ROOT, "  re-screened %,d requests, %.0f s%n", i + 1,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        double rescreenSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "Re-screening: %,d requests (3 names each) in %.1f s (%.1f ms per request)%n",
                settings.requests(), rescreenSeconds, settings.requests() == 0 ? 0 : rescreenSeconds * 1000 / settings.requests());
        return new Result(imported, bytes, importSeconds, median, p95, found, rescreenSeconds, settings.requests());
    }

    /** Shows whether slow screenings cluster in time (e.g. right after the import) or spread evenly. */
    private static String slowestPerHundred(List<Double> millis) {
        StringBuilder slowest = new StringBuilder();
        for (int from = 0; from < millis.size(); from += 100) {
            double max = millis.subList(from, Math.min(millis.size(), from + 100)).stream()
                    .mapToDouble(Double::doubleValue).max().orElse(0);
            slowest.append(String.format(Locale.ROOT, "%.0f ", max));
        }
        return slowest.toString().strip();
    }

    /** An EU FSF file of synthetic entities, three aliases each; returns the first alias of every entry. */
    static List<String> writeList(Path file, int entries) {
        Random random = new Random(2026);
        List<String> names = new ArrayList<>(entries);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\""
                    + " generationDate=\"2026-12-01T08:00:00.000+01:00\">\n");
            for (int i = 1; i <= entries; i++) {
                String name = name(random) + " " + name(random) + " " + name(random);
                String legal = LEGAL[random.nextInt(LEGAL.length)];
                String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
                names.add(name);
                out.write("""
                          <sanctionEntity designationDate="2022-02-28" euReferenceNumber="EU.B%1$d" logicalId="%1$d">
                            <regulation regulationType="amendment" publicationDate="2022-02-28" programme="BEN">
                              <publicationUrl>https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=OJ:L:2022:%1$d</publicationUrl>
                            </regulation>
                            <subjectType code="enterprise" classificationCode="E"/>
                            <nameAlias wholeName="%2$s %3$s" nameLanguage="EN" strong="true" logicalId="%1$d1"/>
                            <nameAlias wholeName="%4$s" nameLanguage="EN" strong="true" logicalId="%1$d2"/>
                            <nameAlias wholeName="%5$s" nameLanguage="EN" strong="false" logicalId="%1$d3"/>
                            <address city="%6$s" street="%7$s %1$d" zipCode="%1$d" countryIso2Code="%8$s"/>
                            <citizenship countryIso2Code="%8$s" region=""/>
                            <remark>Synthetic entry %1$d for the screening benchmark.</remark>
                          </sanctionEntity>
                        """.formatted(i, name, legal, name(random) + " " + name(random),
                        reordered(name), name(random), name(random) + " street", country));
            }
            out.write("</export>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String name(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            word.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<String> syllables() {
        String consonants = "bcdfghjklmnprstvwz";
        String vowels = "aeiouy";
        List<String> all = new ArrayList<>();
        for (char first : consonants.toCharArray()) {
            for (char vowel : vowels.toCharArray()) {
                all.add("" + first + vowel);
                for (char last : consonants.toCharArray()) {
                    all.add("" + first + vowel + last);
                }
            }
        }
        return List.copyOf(all);
    }

    private static String typo(String name, Random random) {
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.substring(at + 1); // one letter missing
    }

    private static String reordered(String name) {
        String[] words = name.split(" ");
        return String.join(" ", words[words.length - 1], String.join(" ", List.of(words).subList(0,
                words.length - 1)));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
