package com.activationdesk.screening.lists;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The US OFAC SDN list, sdn.xml: root {@code sdnList} (namespace of the Sanctions List Service, the older
 * {@code http://tempuri.org/sdnList.xsd} or none), {@code publshInformation/Publish_Date} as MM/dd/yyyy, one
 * {@code sdnEntry} per entry with {@code uid}, {@code firstName}, {@code lastName}, {@code sdnType},
 * {@code akaList/aka} (first and last name) and countries as English names in {@code addressList/address},
 * {@code nationalityList/nationality} and {@code citizenshipList/citizenship}.
 */
final class OfacSdnFormat extends ListFileFormat {

    private static final Set<String> NAMESPACES = Set.of("",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML",
            "http://tempuri.org/sdnList.xsd");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    @Override
    boolean acceptsRoot(String namespace, String localName) {
        return NAMESPACES.contains(namespace) && "sdnList".equals(localName);
    }

    @Override
    String expectedRoot() {
        return "<sdnList>";
    }

    @Override
    boolean isRecord(String localName) {
        return "sdnEntry".equals(localName) || "publshInformation".equals(localName);
    }

    @Override
    void record(XmlNode record, Consumer<ListedEntry> entries, Consumer<LocalDate> publicationDate) {
        if ("publshInformation".equals(record.name())) {
            usDate(record.text("Publish_Date")).ifPresent(publicationDate);
            return;
        }
        List<String> names = new ArrayList<>();
        names.add(joinNames(record.text("firstName"), record.text("lastName")));
        record.children("akaList").flatMap(list -> list.children("aka"))
                .map(aka -> joinNames(aka.text("firstName"), aka.text("lastName"))).forEach(names::add);
        names.removeIf(String::isEmpty);
        Set<String> countries = new LinkedHashSet<>();
        Stream.of("address", "nationality", "citizenship")
                .flatMap(kind -> record.children(kind + "List").flatMap(list -> list.children(kind)))
                .map(element -> element.text("country")).map(CountryNames::iso2).flatMap(Optional::stream)
                .forEach(countries::add);
        String uid = record.text("uid");
        entries.accept(new ListedEntry(uid, "SDN " + uid, switch (record.text("sdnType")) {
            case "Individual" -> "PERSON";
            case "Entity" -> "ENTITY";
            default -> "OTHER";
        }, names, countries));
    }

    private static Optional<LocalDate> usDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value, US_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
