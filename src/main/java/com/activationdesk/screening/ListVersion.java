package com.activationdesk.screening;

import java.time.Instant;
import java.time.LocalDate;

/** One imported file in the import history; {@code active} is the version screenings use now. */
public record ListVersion(long id, String source, LocalDate publicationDate, String sha256, int entries, int aliases,
                          int added, int changed, int removed, String importedBy, Instant importedAt,
                          boolean active) {
}
