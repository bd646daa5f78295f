package com.activationdesk.screening;

import java.util.Arrays;

/** The list file formats an import understands; the name is also the source stored with every entry. */
public enum ListFormat {

    /** EU consolidated financial sanctions list, FSF XML 1.1. */
    EU_FSF_XML,
    /** UN Security Council consolidated list, XML. */
    UN_XML,
    /** US OFAC Specially Designated Nationals list, sdn.xml. */
    OFAC_SDN_XML;

    public static ListFormat of(String name) {
        return Arrays.stream(values()).filter(format -> format.name().equals(name)).findFirst()
                .orElseThrow(() -> new ListImportException("screening.import.unknown-format", String.valueOf(name),
                        Arrays.toString(values())));
    }
}
