package com.activationdesk.audit;

/** How far a running verification got: entries checked of the total in its snapshot. */
public record ChainProgress(long checked, long total) {

    public double fraction() {
        return total == 0 ? 1 : Math.min(1, (double) checked / total);
    }
}
