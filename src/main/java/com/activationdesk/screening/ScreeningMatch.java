package com.activationdesk.screening;

/**
 * One listed entry whose name resembles the screened name.
 *
 * @param listedName     the alias of the entry that matched, as the list spells it
 * @param reference      the list's reference of the entry (EU reference number, UN reference number, OFAC uid)
 * @param source         the list format, e.g. {@code EU_FSF_XML}
 * @param score          similarity in [0, 1]; 1 is the same name after normalisation
 * @param countryMatches whether the entry names the screened country (citizenship or address)
 */
public record ScreeningMatch(String listedName, String reference, String source, double score,
                             boolean countryMatches) {
}
