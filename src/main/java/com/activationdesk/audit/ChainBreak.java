package com.activationdesk.audit;

/**
 * The first link of the chain that does not hold.
 *
 * @param entryId the entry named: the changed, inserted or moved one, or for a deletion the first entry after
 *                the gap (or the missing last entry, when the end of the chain was deleted)
 * @param detail  an English sentence for the log
 */
public record ChainBreak(long entryId, Kind kind, String detail) {

    public enum Kind {
        /** The entry's columns no longer give its hash: it was updated. */
        CHANGED,
        /** The entry links to a hash no stored entry has (or the chain ends before its head): entries are gone. */
        DELETED,
        /** The entry is not part of the chain: it was added behind the application's back. */
        INSERTED,
        /** The entry links to a later entry: rows were swapped or renumbered. */
        REORDERED
    }
}
