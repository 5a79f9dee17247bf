package io.tws4j.simulator.core;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the gateway's timed work, such as live market data, off the session threads: one timer
 * thread decides when, and a small pool of platform threads runs it. Timed work never blocks on a
 * client (sending only queues), but it can be CPU-heavy (a fast market's events), so it runs on
 * threads the operating system time-slices rather than on the carriers of the sessions' virtual
 * threads, which it would otherwise starve. A repeating task never overlaps itself; a run that is
 * due while the last one is still going is skipped.
 */
public final class GatewayScheduler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayScheduler.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tws4j-gateway-timer");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicInteger workerIds = new AtomicInteger();
    private final ExecutorService workers = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), runnable -> {
                Thread thread = new Thread(runnable, "tws4j-gateway-task-" + workerIds.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicInteger repeating = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    /** Makes a scheduler with its own timer thread; close it when done. */
    public GatewayScheduler() {}

    /** A scheduled task; cancelling it stops future runs. */
    public interface Task {
        void cancel();
    }

    /** What scheduling returns once the scheduler is closed. */
    private static final Task NOTHING = () -> { };

    /** Runs {@code work} every {@code period} (wall time), the first time after {@code period}. */
    public Task repeat(String name, Duration period, Runnable work) {
        AtomicBoolean busy = new AtomicBoolean();
        AtomicBoolean cancelled = new AtomicBoolean();
        Runnable tick = () -> {
            if (cancelled.get() || !busy.compareAndSet(false, true)) {
                return;
            }
            run(name, () -> {
                try {
                    if (!cancelled.get()) {
                        work.run();
                    }
                } finally {
                    busy.set(false);
                }
            });
        };
        ScheduledFuture<?> future;
        try {
            future = timer.scheduleAtFixedRate(tick, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            return NOTHING;      // the gateway is closing: nothing runs any more
        }
        repeating.incrementAndGet();
        return () -> {
            if (cancelled.compareAndSet(false, true)) {
                repeating.decrementAndGet();
            }
            future.cancel(false);
        };
    }

    /** Runs {@code work} once after {@code delay} (wall time). */
    public Task once(String name, Duration delay, Runnable work) {
        try {
            ScheduledFuture<?> future = timer.schedule(() -> run(name, work), delay.toNanos(), TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException e) {
            return NOTHING;      // the gateway is closing: nothing runs any more
        }
    }

    private void run(String name, Runnable work) {
        running.incrementAndGet();
        try {
            workers.execute(() -> {
                Thread thread = Thread.currentThread();
                String worker = thread.getName();
                thread.setName(name);
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("scheduled task {} failed", name, e);
                } finally {
                    thread.setName(worker);
                    running.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            running.decrementAndGet();
        }
    }

    /** Returns how many repeating tasks are scheduled (not cancelled). */
    public int repeatingTasks() {
        return repeating.get();
    }

    /** Returns how many task runs are in progress or waiting for a worker right now. */
    public int runningTasks() {
        return running.get();
    }

    /** Stops the timer; tasks already running finish on their own threads. */
    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdown();
    }
}
