package com.activationdesk.base.scheduling;

import java.util.function.IntSupplier;

/** Clean-up jobs delete in batches, each statement committed on its own, so a first run on a big table holds no long locks. */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code batch} (which affects at most {@code size} rows) until it affects fewer than that.
     *
     * @return the rows affected in all
     */
    public static int untilShort(int size, IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done >= size);
        return total;
    }
}
