package com.activationdesk.screening.lists;

import java.util.List;
import java.util.Set;

/**
 * One entry of a list file as read, before normalisation.
 *
 * @param externalId  the list's own stable id of the entry (EU logicalId, UN DATAID, OFAC uid): compares versions
 * @param reference   what a reviewer looks up in the official list (EU/UN reference number, OFAC uid)
 * @param subjectType {@code PERSON}, {@code ENTITY} or {@code OTHER} (vessels, aircraft)
 * @param names       the primary name first, then the aliases, as written in the file
 * @param countries   ISO 3166 alpha-2 codes of citizenships and addresses
 */
public record ListedEntry(String externalId, String reference, String subjectType, List<String> names,
                          Set<String> countries) {
}
