package io.tws4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Status lines on standard error for steps that take more than a second: nothing for a quick
 * step; {@code "tws4j: fetching ... ..."} once a second has passed, a dot a second after that,
 * and the time it took at the end. Standard output stays clean for the results (and {@code --json}).
 */
public final class Progress {
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tws4j-cli-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final PrintWriter err;

    /** Writes to {@code err}. */
    public Progress(PrintWriter err) {
        this.err = err;
    }

    /** Runs {@code step}, saying {@code what} it is doing if it takes more than a second. */
    public <T> T step(String what, Callable<T> step) throws Exception {
        Line line = new Line(what);
        ScheduledFuture<?> ticks = TIMER.scheduleAtFixedRate(line::tick, 1, 1, TimeUnit.SECONDS);
        boolean done = false;
        try {
            T result = step.call();
            done = true;
            return result;
        } finally {
            ticks.cancel(false);
            line.end(done);
        }
    }

    /** Says something at once, on its own line. */
    public void status(String text) {
        synchronized (err) {
            err.println("tws4j: " + text);
            err.flush();
        }
    }

    /** One step's line: started by the first tick, ended once. */
    private final class Line {
        private final String what;
        private final long start = System.nanoTime();
        private boolean shown;
        private boolean ended;

        Line(String what) {
            this.what = what;
        }

        synchronized void tick() {
            if (ended) {
                return;
            }
            synchronized (err) {
                err.print(shown ? "." : "tws4j: " + what + " ...");
                err.flush();
            }
            shown = true;
        }

        synchronized void end(boolean done) {
            ended = true;
            if (shown) {
                synchronized (err) {
                    err.printf(" %s %.1f s%n", done ? "done in" : "stopped after", (System.nanoTime() - start) / 1e9);
                    err.flush();
                }
            }
        }
    }
}
