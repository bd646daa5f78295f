package com.activationdesk.screening.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One list entry's element with everything inside it, read from the stream into memory. Entries are small, so
 * the parsers stay readable while the file as a whole is streamed. Texts are cut at {@value #MAX_TEXT}
 * characters: a single giant element cannot exhaust memory (the file size is capped separately).
 */
record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {

    static final int MAX_TEXT = 20_000;

    /** Reads the element the reader stands on (START_ELEMENT) up to and including its END_ELEMENT. */
    static XmlNode read(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<XmlNode> children = new ArrayList<>();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(read(reader));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() < MAX_TEXT) {
                        text.append(reader.getText(), 0, Math.min(reader.getTextLength(), MAX_TEXT - text.length()));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, attributes, text.toString().strip(), children);
                }
                default -> {
                    // comments and processing instructions carry no list data
                }
            }
        }
    }

    String attribute(String attribute) {
        return attributes.getOrDefault(attribute, "").strip();
    }

    Stream<XmlNode> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName));
    }

    /** The text of the first child of that name, "" when there is none. */
    String text(String childName) {
        return children(childName).findFirst().map(XmlNode::text).orElse("");
    }

    /** Every element of that name at any depth below this one. */
    Stream<XmlNode> descendants(String descendantName) {
        return children.stream().flatMap(child -> Stream.concat(
                child.name.equals(descendantName) ? Stream.of(child) : Stream.empty(),
                child.descendants(descendantName)));
    }
}
