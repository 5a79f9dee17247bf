package io.tws4j.client.core;

import io.tws4j.protocol.wire.InMessage;
import java.time.Duration;
import java.util.Set;

/**
 * A lane of id-less requests that share reply types: one runs at a time, so each caller gets
 * its own answer. Some lanes also space their requests out, because TWS ignores a repeat that
 * comes too soon (the current time, at most one per second).
 *
 * @param name the lane's name in logs
 * @param replies the message types that answer requests of this lane
 * @param minInterval the least time between two requests sent in this lane
 */
public record LaneKey(String name, Set<InMessage> replies, Duration minInterval) {

    /** The current time in milliseconds, which TWS answers at once and does not rate-limit; the watchdog's probe shares it. */
    public static final LaneKey CURRENT_TIME_MILLIS = LaneKey.of("current time in milliseconds", InMessage.CURRENT_TIME_IN_MILLIS);

    public LaneKey {
        replies = Set.copyOf(replies);
    }

    /** A lane without spacing. */
    public static LaneKey of(String name, InMessage... replies) {
        return new LaneKey(name, Set.of(replies), Duration.ZERO);
    }
}
