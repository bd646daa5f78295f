package com.activationdesk.screening.lists;

import java.time.LocalDate;

/** What an import found, stored on its version row. */
record ImportCounts(LocalDate publicationDate, String sha256, int entries, int aliases, int added, int changed,
                    int removed) {
}
