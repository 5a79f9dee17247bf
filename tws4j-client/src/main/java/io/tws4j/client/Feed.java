package io.tws4j.client;

import java.util.concurrent.Flow;

/**
 * A stream from the gateway, consumed asynchronously: a cold {@link Flow.Publisher}. Each
 * subscriber gets its own request, sent when it subscribes and cancelled when it cancels.
 * Signals arrive on a thread of the feed's own, never on the connection's reader thread, and
 * honour the subscriber's demand; items it has not asked for are buffered up to
 * {@link ClientOptions#streamBufferCapacity()}, beyond which the stream fails with a
 * {@link StreamOverflowException}.
 *
 * @param <T> the data type
 */
public interface Feed<T> extends Flow.Publisher<StreamItem<T>> {

    /** Returns a publisher of the data items only; notices are logged at WARN. */
    Flow.Publisher<T> data();
}
