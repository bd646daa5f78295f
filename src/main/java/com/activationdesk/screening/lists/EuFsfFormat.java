package com.activationdesk.screening.lists;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamReader;

/**
 * The EU consolidated financial sanctions list, FSF XML 1.1: root {@code export} in namespace
 * {@value #NAMESPACE} with a {@code generationDate}; one {@code sanctionEntity} per entry (attributes
 * {@code logicalId}, {@code euReferenceNumber}), its {@code subjectType code} (person, enterprise), its
 * {@code nameAlias} elements ({@code wholeName}, else first, middle and last name) and the {@code countryIso2Code}
 * of its {@code citizenship} and {@code address} elements ("00" means unknown).
 */
final class EuFsfFormat extends ListFileFormat {

    static final String NAMESPACE = "http://eu.europa.ec/fpi/fsd/export";

    @Override
    boolean acceptsRoot(String namespace, String localName) {
        return NAMESPACE.equals(namespace) && "export".equals(localName);
    }

    @Override
    String expectedRoot() {
        return "<export xmlns=\"" + NAMESPACE + "\">";
    }

    @Override
    LocalDate rootDate(XMLStreamReader root) {
        return isoDate(root.getAttributeValue(null, "generationDate"));
    }

    @Override
    boolean isRecord(String localName) {
        return "sanctionEntity".equals(localName);
    }

    @Override
    void record(XmlNode entity, Consumer<ListedEntry> entries, Consumer<LocalDate> publicationDate) {
        List<String> names = entity.children("nameAlias").map(EuFsfFormat::name).toList();
        Set<String> countries = new LinkedHashSet<>();
        entity.children("citizenship").forEach(c -> addCountry(countries, c.attribute("countryIso2Code")));
        entity.children("address").forEach(a -> addCountry(countries, a.attribute("countryIso2Code")));
        String logicalId = entity.attribute("logicalId");
        String reference = entity.attribute("euReferenceNumber");
        String type = entity.children("subjectType").findFirst().map(t -> t.attribute("code")).orElse("");
        entries.accept(new ListedEntry(logicalId, reference.isEmpty() ? "EU " + logicalId : reference,
                switch (type) {
                    case "person" -> "PERSON";
                    case "enterprise" -> "ENTITY";
                    default -> "OTHER";
                }, names, countries));
    }

    private static String name(XmlNode alias) {
        String whole = alias.attribute("wholeName");
        return whole.isEmpty() ? joinNames(alias.attribute("firstName"), alias.attribute("middleName"),
                alias.attribute("lastName")) : whole;
    }

    private static void addCountry(Set<String> countries, String code) {
        if (code.matches("[A-Z]{2}") && !"00".equals(code)) {
            countries.add(code);
        }
    }
}
