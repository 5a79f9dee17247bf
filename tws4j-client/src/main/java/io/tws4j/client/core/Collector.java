package io.tws4j.client.core;

import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;

/**
 * Turns the replies to one request into its result. Runs on the reader thread, one reply at a
 * time; a new collector serves each call.
 *
 * @param <R> the result type
 */
public interface Collector<R> {

    /** Takes one reply; returns true once the result is complete. */
    boolean accept(InMessage type, Object message);

    /** Returns the result; called once, after {@link #accept} returned true. */
    R result();

    /**
     * Takes a notice that does not end the request. Returns true if it completes the result
     * (some TWS codes mean "no data" rather than failure); by default it does not.
     */
    default boolean acceptNotice(Notice notice) {
        return false;
    }
}
