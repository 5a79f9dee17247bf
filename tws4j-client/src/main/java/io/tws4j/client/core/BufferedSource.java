package io.tws4j.client.core;

import io.tws4j.connection.ErrorCodes;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A stream source that owns a buffer and ends exactly once: the consumer's cancel or the
 * producer's end, whichever comes first, detaches it and then terminates the buffer.
 */
abstract class BufferedSource implements StreamSource {
    final ItemBuffer buffer;
    private final AtomicBoolean ended = new AtomicBoolean();

    BufferedSource(int capacity) {
        this.buffer = new ItemBuffer(capacity);
    }

    @Override
    public ItemBuffer buffer() {
        return buffer;
    }

    @Override
    public int requestId() {
        return ErrorCodes.NO_REQUEST_ID;
    }

    @Override
    public void cancel() {
        end(Terminal.COMPLETED);
    }

    /** Ends the stream after what is buffered; later calls do nothing. */
    final void end(Terminal terminal) {
        if (ended.compareAndSet(false, true)) {
            detach();
            buffer.terminate(terminal);
        }
    }

    /** Returns whether the stream has ended. */
    final boolean hasEnded() {
        return ended.get();
    }

    /** Stops whatever feeds the buffer: unregisters from the hub, router or shared request. */
    abstract void detach();
}
