package com.activationdesk.screening.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamReader;

/**
 * The UN Security Council consolidated list: root {@code CONSOLIDATED_LIST} (no namespace) with a
 * {@code dateGenerated}; {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY} with {@code DATAID},
 * {@code REFERENCE_NUMBER}, the name in {@code FIRST_NAME} .. {@code FOURTH_NAME}, {@code NAME_ORIGINAL_SCRIPT},
 * aliases in {@code INDIVIDUAL_ALIAS/ALIAS_NAME} or {@code ENTITY_ALIAS/ALIAS_NAME}, and countries as English
 * names in {@code NATIONALITY/VALUE} and {@code *_ADDRESS/COUNTRY}.
 */
final class UnListFormat extends ListFileFormat {

    @Override
    boolean acceptsRoot(String namespace, String localName) {
        return namespace.isEmpty() && "CONSOLIDATED_LIST".equals(localName);
    }

    @Override
    String expectedRoot() {
        return "<CONSOLIDATED_LIST>";
    }

    @Override
    LocalDate rootDate(XMLStreamReader root) {
        return isoDate(root.getAttributeValue(null, "dateGenerated"));
    }

    @Override
    boolean isRecord(String localName) {
        return "INDIVIDUAL".equals(localName) || "ENTITY".equals(localName);
    }

    @Override
    void record(XmlNode record, Consumer<ListedEntry> entries, Consumer<LocalDate> publicationDate) {
        List<String> names = new ArrayList<>();
        names.add(joinNames(record.text("FIRST_NAME"), record.text("SECOND_NAME"), record.text("THIRD_NAME"),
                record.text("FOURTH_NAME")));
        names.add(record.text("NAME_ORIGINAL_SCRIPT"));
        record.descendants("ALIAS_NAME").map(XmlNode::text).forEach(names::add);
        names.removeIf(String::isEmpty);
        Set<String> countries = new LinkedHashSet<>();
        Stream.concat(record.children("NATIONALITY").flatMap(n -> n.children("VALUE")),
                        Stream.concat(record.children("INDIVIDUAL_ADDRESS"), record.children("ENTITY_ADDRESS"))
                                .flatMap(a -> a.children("COUNTRY")))
                .map(XmlNode::text).map(CountryNames::iso2).flatMap(java.util.Optional::stream)
                .forEach(countries::add);
        String dataId = record.text("DATAID");
        String reference = record.text("REFERENCE_NUMBER");
        entries.accept(new ListedEntry(dataId, reference.isEmpty() ? "UN " + dataId : reference,
                "INDIVIDUAL".equals(record.name()) ? "PERSON" : "ENTITY", names, countries));
    }
}
