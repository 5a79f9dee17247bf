package io.tws4j.client;

/**
 * A stream's buffer filled up because its consumer fell behind; the stream was cancelled. Items
 * received before the overflow are still delivered, and nothing after it is silently dropped.
 */
public final class StreamOverflowException extends TwsException {

    public StreamOverflowException(String stream, int capacity) {
        super(stream + " overflowed its buffer of " + capacity + " items: the consumer fell behind");
    }
}
