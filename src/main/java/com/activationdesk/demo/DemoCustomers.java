package com.activationdesk.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.activationdesk.request.domain.Company;
import com.activationdesk.request.domain.CustomerData;
import com.activationdesk.request.domain.Declarations;
import com.activationdesk.request.domain.Licensing;
import com.activationdesk.request.domain.Platform;
import com.activationdesk.request.domain.PlatformPlan;
import com.activationdesk.request.domain.TenantAdministrator;

/**
 * Plausible, distinct end customers for the demo requests, numbered: the n-th always has the same data, and no two
 * share a name, VAT number or administrator address (which the request rules would flag or refuse).
 */
final class DemoCustomers {

    /** The README's customer admin: its account comes from activating this customer's tenant. */
    static final String MUSTER_NAME = "Muster Logistik GmbH";
    static final String MUSTER_ADMIN = "admin@muster-logistik.example";

    private static final List<String> SURNAMES = List.of("Müller", "Schmidt", "Becker", "Hoffmann", "Wagner",
            "Schulz", "Keller", "Bauer", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun",
            "Krüger", "Hartmann", "Lange", "Werner", "Vogel");
    private static final List<String> TRADES = List.of("Logistik", "Maschinenbau", "Steuerberatung", "Autohaus",
            "Zahnärzte", "Immobilien", "Elektrotechnik", "Hotels", "Druckerei", "Pflegedienste");
    private static final List<String> INDUSTRIES = List.of("Logistics", "Mechanical engineering", "Tax advisory",
            "Car dealership", "Dental practice", "Real estate", "Electrical engineering", "Hospitality", "Printing",
            "Care services");
    private static final List<String> FORMS = List.of("GmbH", "AG", "KG", "GmbH & Co. KG");
    private static final List<String> FIRST_NAMES = List.of("Anna", "Jonas", "Lea", "Lukas", "Marie", "Felix",
            "Sophie", "Paul", "Emma", "Leon", "Mia", "Ben");
    private static final List<String> LAST_NAMES = List.of("Fischer", "Weber", "Meyer", "Schneider", "Koch",
            "Schäfer", "Jung", "Hahn", "Schubert", "Frank", "Berger", "Roth");
    private static final List<String> STREETS = List.of("Hauptstraße", "Bahnhofstraße", "Industriestraße",
            "Gartenweg", "Lindenallee", "Am Markt");
    /** City, postal code, country: mostly German-speaking, some further EU countries for the country chart. */
    private static final List<String[]> PLACES = List.of(
            new String[] {"München", "80331", "DE"}, new String[] {"Hamburg", "20095", "DE"},
            new String[] {"Berlin", "10115", "DE"}, new String[] {"Köln", "50667", "DE"},
            new String[] {"Frankfurt am Main", "60311", "DE"}, new String[] {"Wien", "1010", "AT"},
            new String[] {"Stuttgart", "70173", "DE"}, new String[] {"Leipzig", "04109", "DE"},
            new String[] {"Zürich", "8001", "CH"}, new String[] {"Nürnberg", "90402", "DE"},
            new String[] {"Graz", "8010", "AT"}, new String[] {"Hannover", "30159", "DE"},
            new String[] {"Amsterdam", "1012 AB", "NL"}, new String[] {"Dresden", "01067", "DE"},
            new String[] {"Salzburg", "5020", "AT"}, new String[] {"Bremen", "28195", "DE"},
            new String[] {"Brüssel", "1000", "BE"}, new String[] {"Düsseldorf", "40213", "DE"},
            new String[] {"Basel", "4051", "CH"}, new String[] {"Prag", "110 00", "CZ"},
            new String[] {"Linz", "4020", "AT"}, new String[] {"Kopenhagen", "1050", "DK"},
            new String[] {"Mailand", "20121", "IT"}, new String[] {"Warschau", "00-001", "PL"});
    private static final List<String> VERSIONS = List.of("V3R3", "V11 R1", "V10 R5");

    private DemoCustomers() {
    }

    /**
     * The n-th customer (n below 200 keeps names unique), with a rollout two months after {@code today}: valid on
     * the day the request is created and when it is submitted.
     */
    static CustomerData customer(int n, LocalDate today) {
        String name = SURNAMES.get(n % SURNAMES.size()) + " " + TRADES.get((n + n / SURNAMES.size()) % TRADES.size())
                + " " + FORMS.get(n % FORMS.size());
        String first = FIRST_NAMES.get(n % FIRST_NAMES.size());
        String last = LAST_NAMES.get(n % LAST_NAMES.size());
        return customer(n, name, first, last, slug(first) + "." + slug(last) + "@" + slug(name) + ".example", today);
    }

    /** Muster Logistik, the customer whose administrator is the README's customer-admin login. */
    static CustomerData muster(int n, LocalDate today) {
        return customer(n, MUSTER_NAME, "Max", "Muster", MUSTER_ADMIN, today);
    }

    private static CustomerData customer(int n, String name, String adminFirstName, String adminLastName,
                                         String adminEmail, LocalDate today) {
        String[] place = PLACES.get(n % PLACES.size());
        String industry = INDUSTRIES.get((n + n / SURNAMES.size()) % INDUSTRIES.size());
        Platform platform = Platform.values()[n % Platform.values().length];
        return new CustomerData(
                new Company(name, null, STREETS.get(n % STREETS.size()) + " " + (n % 90 + 1), place[1], place[0],
                        place[2], place[2] + (100_000_000 + n * 7_919L), industry,
                        "Cloud telephony for " + plannedUsers(n) + " users in " + industry.toLowerCase(Locale.ROOT),
                        "https://www." + slug(name) + ".example"),
                new TenantAdministrator(adminFirstName, adminLastName, adminEmail, "+49" + (301_234_500L + n), n % 3 == 2 ? "en" : "de"),
                new PlatformPlan(platform, VERSIONS.get(platform.ordinal() % VERSIONS.size()),
                        n % 2 == 0 ? Licensing.SSL_SUBSCRIPTION : Licensing.PERPETUAL, plannedUsers(n),
                        today.plusMonths(2).plusDays(n % 20)),
                new Declarations(true, true));
    }

    private static int plannedUsers(int n) {
        return 10 + (n * 37) % 490;
    }

    private static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("&", "und").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
