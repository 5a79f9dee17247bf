package io.tws4j.client.core;

import io.tws4j.client.TwsException;

/**
 * How a stream ended: normally when {@code error} is null, otherwise with that error. Stays at
 * the end of an {@link ItemBuffer} once every item before it has been read.
 */
public record Terminal(TwsException error) {
    /** The stream ended normally. */
    public static final Terminal COMPLETED = new Terminal(null);

    /** Returns whether the stream ended normally. */
    public boolean isCompleted() {
        return error == null;
    }
}
