package com.activationdesk.screening.lists;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses to read past a maximum; remembers that it did, so the caller can name the cause. */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long read;
    private boolean exceeded;

    SizeLimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > maxBytes) {
            exceeded = true;
            throw new IOException("More than " + maxBytes + " bytes");
        }
    }

    long bytesRead() {
        return read;
    }

    boolean exceeded() {
        return exceeded;
    }
}
