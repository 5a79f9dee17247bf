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
    private volatile Rate rate;

    /** The clock's state: from base time {@code baseOrigin}, gateway time {@code start} runs at {@code speed}. */
    private record Rate(Instant baseOrigin, Instant start, double speed, long jumps) {}

    /**
     * Makes a clock.
     *
     * @param base the clock whose passing time drives this one
     * @param speed how many gateway seconds pass per base second; 1 is real time
     * @param start the gateway time now, or null for the base clock's time
     * @throws IllegalArgumentException if the speed is not positive
     */
    public GatewayClock(InstantSource base, double speed, Instant start) {
        requireSpeed(speed);
        this.base = Objects.requireNonNull(base, "base");
        Instant origin = base.instant();
        this.rate = new Rate(origin, start == null ? origin : start, speed, 0);
    }

    @Override
    public Instant instant() {
        return at(rate, base.instant());
    }

    /** Returns how many gateway seconds pass per base second. */
    public double speed() {
        return rate.speed();
    }

    /** Returns how long the base clock takes to pass {@code gatewayTime} of gateway time, at the current speed. */
    public Duration baseDuration(Duration gatewayTime) {
        return Duration.ofNanos(Math.max(0, Math.round(gatewayTime.toNanos() / rate.speed())));
    }

    /**
     * Sets the gateway's time: from now on it runs from {@code time} at the same speed. Live feeds
     * go on from the new time without replaying what lies between (see {@link #jumps()}).
     */
    public synchronized void setTime(Instant time) {
        Objects.requireNonNull(time, "time");
        Rate current = rate;
        rate = new Rate(base.instant(), time, current.speed(), current.jumps() + 1);
    }

    /** Sets how fast gateway time runs from now on, without a jump: time goes on from where it is. */
    public synchronized void setSpeed(double speed) {
        requireSpeed(speed);
        Rate current = rate;
        Instant baseNow = base.instant();
        rate = new Rate(baseNow, at(current, baseNow), speed, current.jumps());
    }

    /** Returns how many times {@link #setTime} moved the clock; a stream that sees it change restarts from the new time. */
    public long jumps() {
        return rate.jumps();
    }

    private static Instant at(Rate rate, Instant baseNow) {
        if (rate.speed() == 1 && rate.start().equals(rate.baseOrigin())) {
            return baseNow;
        }
        long elapsedNanos = Duration.between(rate.baseOrigin(), baseNow).toNanos();
        return rate.start().plusNanos(Math.round(elapsedNanos * rate.speed()));
    }

    private static void requireSpeed(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("the clock's speed must be a positive number, not " + speed);
        }
    }
}
