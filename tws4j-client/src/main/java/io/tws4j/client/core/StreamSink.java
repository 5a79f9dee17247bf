package io.tws4j.client.core;

import io.tws4j.client.TwsException;
import io.tws4j.connection.Notice;

/** What a stream's message handler hands its results to. Used on the reader thread. */
public interface StreamSink<T> {

    /** Delivers one data item. */
    void next(T item);

    /** Ends the stream normally (an end marker, a completed snapshot). */
    void complete();

    /** Ends the stream with an error. */
    void fail(TwsException error);

    /** Delivers a notice that leaves the stream running, as a {@link io.tws4j.client.StreamItem.Notice}. */
    void notice(Notice notice);
}
