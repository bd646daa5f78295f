package com.activationdesk.audit;

import java.time.Duration;

/**
 * The result of walking the audit chain.
 *
 * @param checked    entries walked (up to and including the first broken one)
 * @param headId     the last entry's id according to the chain's head; with {@code headHash}, what an external
 *                   record (the log) can later compare a rewritten chain against
 * @param firstBreak {@code null} when the whole chain holds
 */
public record ChainVerification(long checked, long headId, String headHash, ChainBreak firstBreak, Duration took) {

    public boolean intact() {
        return firstBreak == null;
    }
}
