package com.activationdesk.screening.lists;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166 alpha-2 codes for the English country names the UN and OFAC lists write: the JDK's English names plus
 * the official long forms these lists use ("Russian Federation", "Iran (Islamic Republic of)", ...).
 */
final class CountryNames {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(key(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
        Map.ofEntries(Map.entry("Russian Federation", "RU"), Map.entry("Syrian Arab Republic", "SY"),
                Map.entry("Democratic People's Republic of Korea", "KP"), Map.entry("Republic of Korea", "KR"),
                Map.entry("Korea, North", "KP"), Map.entry("Korea, South", "KR"), Map.entry("Viet Nam", "VN"),
                Map.entry("Democratic Republic of the Congo", "CD"), Map.entry("Congo", "CG"),
                Map.entry("United Republic of Tanzania", "TZ"), Map.entry("Lao People's Democratic Republic", "LA"),
                Map.entry("Republic of Moldova", "MD"), Map.entry("Türkiye", "TR"), Map.entry("Turkey", "TR"),
                Map.entry("United States of America", "US"), Map.entry("Burma", "MM"),
                Map.entry("United Kingdom of Great Britain and Northern Ireland", "GB"),
                Map.entry("Côte d'Ivoire", "CI"), Map.entry("Cote d'Ivoire", "CI"),
                Map.entry("State of Palestine", "PS"), Map.entry("Palestinian", "PS"))
                .forEach((name, code) -> CODES.put(key(name), code));
    }

    private CountryNames() {
    }

    /** The code for a name; a parenthesised qualifier is ignored ("Iran (Islamic Republic of)" → IR). */
    static Optional<String> iso2(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String code = CODES.get(key(name));
        return Optional.ofNullable(code != null ? code : CODES.get(key(name.replaceAll("\\(.*\\)", ""))));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
