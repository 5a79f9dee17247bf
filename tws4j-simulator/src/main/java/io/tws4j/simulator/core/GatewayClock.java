package io.tws4j.simulator.core;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;

/**
 * The gateway's clock: a base clock (the system's by default, or one a test injects), optionally
 * started at another instant and run faster. At speed {@code s}, a second of the base clock is
 * {@code s} seconds of gateway time; gateway time starts at {@code start} (or the base clock's
 * time) when the clock is made.
 *
 * {@snippet :
 * GatewayClock clock = new GatewayClock(InstantSource.system(), 60, Instant.parse("2025-01-06T14:30:00Z"));
 * // a minute of market time passes every real second, from Monday 9:30 in New York
 * }
 */
public final class GatewayClock implements InstantSource {
    private final InstantSource base;
    private final double speed;
    private final Instant baseOrigin;
    private final Instant start;

    /**
     * Makes a clock.
     *
     * @param base the clock whose passing time drives this one
     * @param speed how many gateway seconds pass per base second; 1 is real time
     * @param start the gateway time now, or null for the base clock's time
     * @throws IllegalArgumentException if the speed is not positive
     */
    public GatewayClock(InstantSource base, double speed, Instant start) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the clock's speed must be a positive number, not " + speed);
        }
        this.base = Objects.requireNonNull(base, "base");
        this.speed = speed;
        this.baseOrigin = base.instant();
        this.start = start == null ? baseOrigin : start;
    }

    @Override
    public Instant instant() {
        Instant now = base.instant();
        if (speed == 1 && start.equals(baseOrigin)) {
            return now;
        }
        long elapsedNanos = Duration.between(baseOrigin, now).toNanos();
        return start.plusNanos(Math.round(elapsedNanos * speed));
    }

    /** Returns how many gateway seconds pass per base second. */
    public double speed() {
        return speed;
    }

    /** Returns how long the base clock takes to pass {@code gatewayTime} of gateway time. */
    public Duration baseDuration(Duration gatewayTime) {
        return Duration.ofNanos(Math.max(0, Math.round(gatewayTime.toNanos() / speed)));
    }
}
