package io.tws4j.simulator.core;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the gateway's timed work, such as live market data, off the session threads: one timer
 * thread decides when, and each run happens on a virtual thread of its own, so a slow client
 * delays only its own task. A repeating task never overlaps itself; a run that is due while the
 * last one is still going is skipped.
 */
public final class GatewayScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayScheduler.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tws4j-gateway-timer");
        thread.setDaemon(true);
        return thread;
    });

    /** Makes a scheduler with its own timer thread; close it when done. */
    public GatewayScheduler() {}

    /** A scheduled task; cancelling it stops future runs. */
    public interface Task {
        void cancel();
    }

    /** Runs {@code work} every {@code period} (wall time), the first time after {@code period}. */
    public Task repeat(String name, Duration period, Runnable work) {
        AtomicBoolean running = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        ScheduledFuture<?> future = timer.scheduleAtFixedRate(() -> {
            if (cancelled.get() || !running.compareAndSet(false, true)) {
                return;
            }
            Thread.ofVirtual().name(name).start(() -> {
                try {
                    if (!cancelled.get()) {
                        work.run();
                    }
                } catch (RuntimeException e) {
                    log.error("scheduled task {} failed", name, e);
                } finally {
                    running.set(false);
                }
            });
        }, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
        return () -> {
            cancelled.set(true);
            future.cancel(false);
        };
    }

    /** Runs {@code work} once after {@code delay} (wall time), on a virtual thread. */
    public Task once(String name, Duration delay, Runnable work) {
        ScheduledFuture<?> future = timer.schedule(() -> Thread.ofVirtual().name(name).start(work),
                delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** Stops the timer; tasks already running finish on their own threads. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
