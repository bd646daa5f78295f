package com.activationdesk.screening;

/**
 * A list version was imported through the contract ({@link SanctionsScreening#importList}); {@link ListUpdates}
 * re-screens against it once the import has committed.
 */
record ListImported(ListFormat format, ListImportResult result) {
}
