package com.activationdesk.screening.lists;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.activationdesk.screening.ListImportException;

/**
 * Streams a list file with StAX: checks the root element against the format, reads one entry element at a time
 * into memory and hands it on. DTDs and external entities are off (a list file needs neither, and they are how
 * XML files attack their readers). Every way a file can be unusable ends in a {@link ListImportException} with a
 * sentence that says which.
 */
final class ListFileReader {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    private ListFileReader() {
    }

    /** @return the publication date the file states, {@code null} if none */
    static LocalDate read(InputStream content, String formatName, ListFileFormat format,
                          Consumer<ListedEntry> entries) throws XMLStreamException {
        XMLStreamReader reader = FACTORY.createXMLStreamReader(content);
        try {
            LocalDate[] publicationDate = {null};
            do { // prolog: declaration, comments, a DOCTYPE (an HTML page has one)
                if (!reader.hasNext()) {
                    throw new ListImportException("screening.import.empty", formatName);
                }
            } while (reader.next() != XMLStreamConstants.START_ELEMENT);
            String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
            if (!format.acceptsRoot(namespace, reader.getLocalName())) {
                throw new ListImportException("screening.import.wrong-root", formatName,
                        namespace.isEmpty() ? "<" + reader.getLocalName() + ">"
                                : "<" + reader.getLocalName() + " xmlns=\"" + namespace + "\">",
                        format.expectedRoot());
            }
            publicationDate[0] = format.rootDate(reader);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && format.isRecord(reader.getLocalName())) {
                    format.record(XmlNode.read(reader), entries, date -> publicationDate[0] = date);
                }
            }
            return publicationDate[0];
        } finally {
            reader.close();
        }
    }
}
