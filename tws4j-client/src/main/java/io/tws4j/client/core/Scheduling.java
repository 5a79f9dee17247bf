package io.tws4j.client.core;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One daemon timer thread for every client: request timeouts and lane spacing. */
final class Scheduling {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tws4j-timer");
        thread.setDaemon(true);
        return thread;
    });

    private Scheduling() {}

    static ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return scheduleNanos(task, delay.toNanos());
    }

    static ScheduledFuture<?> scheduleNanos(Runnable task, long delayNanos) {
        return TIMER.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    }
}
