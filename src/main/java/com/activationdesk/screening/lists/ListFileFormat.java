package com.activationdesk.screening.lists;

import java.time.LocalDate;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamReader;

/**
 * What distinguishes one list format: its root element, the elements that hold one entry each, and how an entry
 * and the publication date are read. {@link ListFileReader} does the streaming for all of them.
 */
abstract class ListFileFormat {

    /** Whether the file's root element (namespace URI may be empty) is this format's. */
    abstract boolean acceptsRoot(String namespace, String localName);

    /** The root this format expects, for the message when a file has another. */
    abstract String expectedRoot();

    /** The publication date from the root element's attributes, if the format keeps it there. */
    LocalDate rootDate(XMLStreamReader root) {
        return null;
    }

    /** Whether an element is read as a whole and passed to {@link #record}. */
    abstract boolean isRecord(String localName);

    /** Passes the entry the record holds (if any) to {@code entries}; may set the file's publication date. */
    abstract void record(XmlNode record, Consumer<ListedEntry> entries, Consumer<LocalDate> publicationDate);

    static String joinNames(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                joined.append(joined.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return joined.toString();
    }

    /** The date part of an ISO date or date-time ("2024-05-10T16:26:34.034+02:00"), null if there is none. */
    static LocalDate isoDate(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
