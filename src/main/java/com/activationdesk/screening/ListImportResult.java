package com.activationdesk.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The version an import created (it replaced the source's previous one).
 *
 * @param publicationDate the date the file says it was generated or published; {@code null} if it says none
 * @param sha256          of the file's bytes, lower-case hex
 * @param added           entries not in the previous version (by the list's own id)
 * @param changed         entries in both versions whose names, countries or reference differ
 * @param removed         entries of the previous version missing from this one
 * @param warnings        names that were left out (only punctuation, too long) with the entry they belong to
 */
public record ListImportResult(long versionId, String source, LocalDate publicationDate, String sha256,
                               int entries, int aliases, int added, int changed, int removed, String importedBy,
                               Instant importedAt, List<String> warnings) {

    public ListImportResult {
        warnings = List.copyOf(warnings);
    }
}
