package io.tws4j.bench;

import java.io.InputStream;

/** An endless stream that repeats the same bytes, so that one reader serves every benchmark invocation. */
public final class CyclicStream extends InputStream {
    private final byte[] bytes;
    private int position;

    public CyclicStream(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() {
        int b = bytes[position] & 0xFF;
        position = (position + 1) % bytes.length;
        return b;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        int n = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, target, offset, n);
        position = (position + n) % bytes.length;
        return n;
    }
}
