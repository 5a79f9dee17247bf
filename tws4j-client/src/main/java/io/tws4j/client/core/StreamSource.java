package io.tws4j.client.core;

/** Where a stream view takes its items from: a buffer that producers fill, and a way to stop them. */
public interface StreamSource {

    /** Returns the buffer the items arrive in. */
    ItemBuffer buffer();

    /** Returns the request id, or -1 for streams without one. */
    int requestId();

    /** Returns a short description for logs and errors, e.g. {@code "real-time bars #1000000004"}. */
    String description();

    /** Stops the stream from the consumer's side; sends the cancel once if the stream still runs. Idempotent. */
    void cancel();
}
