package io.tws4j.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A stream from the gateway, consumed by blocking: iterate it, or poll it with {@link #next()},
 * {@link #next(Duration)} and {@link #tryNext()}. Items are data or notices; an error ends the
 * stream and is thrown by the next read; across a reconnect the stream goes on, marked with
 * {@link StreamItem.Interrupted} and {@link StreamItem.Resumed} items ({@link #data()} skips them).
 * {@link #close()} cancels the request at the gateway,
 * exactly once. Items are buffered up to {@link ClientOptions#streamBufferCapacity()}; a consumer
 * that falls further behind gets a {@link StreamOverflowException}, never a silent gap.
 *
 * {@snippet :
 * try (Subscription<Notice> notices = client.notices()) {
 *     for (Notice notice : notices.data()) {
 *         System.out.println(notice);
 *     }
 * }
 * }
 *
 * <p>Meant for one consumer thread at a time; concurrent readers each get distinct items.
 *
 * @param <T> the data type
 */
public interface Subscription<T> extends Iterable<StreamItem<T>>, AutoCloseable {

    /**
     * Returns the request id the stream runs under right now, or -1 for streams without one; a
     * stream resumed after a reconnect runs under a new one.
     */
    int requestId();

    /**
     * Waits for the next item.
     *
     * @return the item, or empty once the stream has ended normally
     * @throws TwsException the error that ended the stream
     */
    Optional<StreamItem<T>> next();

    /**
     * Waits at most {@code timeout} for the next item.
     *
     * @return the item, or empty if none came in time or the stream has ended ({@link #isDone()} tells which)
     * @throws TwsException the error that ended the stream
     */
    Optional<StreamItem<T>> next(Duration timeout);

    /**
     * Returns the next item if one is buffered, without waiting.
     *
     * @throws TwsException the error that ended the stream
     */
    Optional<StreamItem<T>> tryNext();

    /**
     * Returns a view of the data items only; notices are logged at WARN. Its iterator ends when
     * the stream ends normally and throws the error that ended it otherwise.
     */
    Iterable<T> data();

    /** Returns whether the stream has ended and every buffered item has been read. */
    boolean isDone();

    /** Cancels the stream at the gateway, if it is still running, and releases its buffer. Idempotent. */
    @Override
    void close();
}
