package io.tws4j.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How far a client may fall behind reading before the gateway drops it, as TWS drops an API
 * client that does not read what it is sent. Each connection's outgoing frames wait in a queue of
 * their own; when more than {@code maxFrames} frames or {@code maxBytes} bytes wait, the queue is
 * full, and a queue full for longer than {@code maxFullTime} disconnects the client (logged, its
 * subscriptions and timers released). A queue four times over either limit disconnects it at once,
 * which bounds the memory a client that stopped reading can hold. Nothing queued for a connected
 * client is ever dropped.
 *
 * <p>Inferred: TWS's own limits are not published; it is known to disconnect API clients that stop
 * reading rather than slow down its other clients.
 *
 * @param maxFrames frames that may wait before the queue counts as full
 * @param maxBytes bytes that may wait before the queue counts as full
 * @param maxFullTime how long the queue may stay full before the client is dropped
 */
public record OutboundLimits(int maxFrames, long maxBytes, Duration maxFullTime) {

    public OutboundLimits {
        if (maxFrames < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("outbound limits must be positive: " + maxFrames + " frames, " + maxBytes + " bytes");
        }
        Objects.requireNonNull(maxFullTime, "maxFullTime");
        if (maxFullTime.isNegative() || maxFullTime.isZero()) {
            throw new IllegalArgumentException("maxFullTime must be positive, not " + maxFullTime);
        }
    }

    /** The defaults: 250,000 frames or 32 MiB may wait, for at most 5 seconds. */
    public static OutboundLimits defaults() {
        return new OutboundLimits(250_000, 32L * 1024 * 1024, Duration.ofSeconds(5));
    }

    /** Returns the frames past which the client is dropped at once. */
    public long hardMaxFrames() {
        return 4L * maxFrames;
    }

    /** Returns the bytes past which the client is dropped at once. */
    public long hardMaxBytes() {
        return 4 * maxBytes;
    }
}
