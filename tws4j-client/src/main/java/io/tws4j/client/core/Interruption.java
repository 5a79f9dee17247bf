package io.tws4j.client.core;

import io.tws4j.client.StreamItem;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a stream's data has stopped, and since when: makes the marks a resumable stream
 * delivers, one {@link StreamItem.Interrupted} per gap however many causes overlap (TWS's 1100,
 * then the socket), and the {@link StreamItem.Resumed} that closes it with the gap's length.
 */
final class Interruption {
    private Instant since;

    /** Returns the mark that opens a gap at {@code at}, or null if one is open already. */
    synchronized StreamItem<?> interrupt(Instant at, String reason) {
        if (since != null) {
            return null;
        }
        since = at;
        return new StreamItem.Interrupted<>(at, reason);
    }

    /**
     * Returns the mark that closes the gap at {@code at}; the gap is zero when none was open (TWS
     * dropped the subscriptions without saying 1100 first).
     */
    synchronized StreamItem<?> resume(Instant at, boolean dataMaintained) {
        Duration gap = since == null ? Duration.ZERO : Duration.between(since, at);
        since = null;
        return new StreamItem.Resumed<>(at, gap, dataMaintained);
    }

    /** Returns the mark that closes an open gap at {@code at}, or null if none is open. */
    synchronized StreamItem<?> resumeIfOpen(Instant at, boolean dataMaintained) {
        return since == null ? null : resume(at, dataMaintained);
    }
}
