package io.tws4j.client.core;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The socket's input as the connection reads it: notes when the last bytes arrived, once per
 * read of the socket (the frame reader reads in chunks of up to 64 KiB), for the liveness
 * watchdog. That one volatile write is all it adds to the read path.
 */
final class InboundStream extends FilterInputStream {
    /**
     * Test seam, package-private: faults armed for the next connection of a client id, taken
     * when that connection is opened. Tests in this package use it to make a reader thread die
     * of an {@link Error} deterministically (nothing on the wire can: lengths are checked before
     * anything is allocated, and decoders fail with exceptions). Empty in production, where a
     * connection's {@link #fault} is null.
     */
    static final ConcurrentHashMap<Integer, ReadFault> ARMED = new ConcurrentHashMap<>();

    private final ReadFault fault;
    private volatile long lastReadNanos;

    InboundStream(InputStream socketInput, int clientId) {
        super(socketInput);
        this.fault = ARMED.isEmpty() ? null : ARMED.remove(clientId);
        this.lastReadNanos = System.nanoTime();
    }

    /** Returns the {@link System#nanoTime()} of the last read that returned bytes (or of the connection's start). */
    long lastReadNanos() {
        return lastReadNanos;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        arrived(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        arrived(n);
        return n;
    }

    private void arrived(int count) {
        if (count > 0) {
            lastReadNanos = System.nanoTime();
        }
        if (fault != null) {
            fault.raiseIfTriggered();
        }
    }

    /** A fault a test arms, then triggers: the next read of the connection throws it. */
    static final class ReadFault {
        private volatile Error error;

        /** Makes the next read (after bytes arrive) throw {@code raised}. */
        void trigger(Error raised) {
            this.error = raised;
        }

        private void raiseIfTriggered() {
            Error raised = error;
            if (raised != null) {
                error = null;
                throw raised;
            }
        }
    }
}
