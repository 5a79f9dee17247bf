package io.tws4j.client.core;

import io.tws4j.client.ConnectionStalledException;
import io.tws4j.client.Watchdog;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one connection for silence. Every check runs on the shared timer and only reads the
 * time the last bytes arrived ({@link Connection#lastInboundNanos()}), so the read path pays a
 * volatile write per socket read and nothing else. After the idle interval without a byte, it
 * sends a probe; if no byte arrives within the probe timeout, it aborts the socket with a
 * {@link ConnectionStalledException}, and the reader reports the loss through the usual path
 * (notice -1100, reconnect).
 *
 * <p>The probe is a current-time request in milliseconds, which TWS answers at once and does
 * not rate-limit (unlike the one in seconds). It runs as an internal call in the current-time
 * lane, so it never takes the answer of a user's pending {@code currentTimeMillis()} call nor
 * gives its own away, and its answer is dropped. Any byte counts as life, not only the answer.
 */
final class LivenessWatchdog {
    private static final Logger log = LoggerFactory.getLogger(LivenessWatchdog.class);

    private final Connection connection;
    private final Core core;
    private final long idleNanos;
    private final long probeTimeoutNanos;
    /** When the outstanding probe was sent, or 0 when none is. Only the timer thread touches it. */
    private long probeSentNanos;

    LivenessWatchdog(Connection connection, Core core, Watchdog settings) {
        this.connection = connection;
        this.core = core;
        this.idleNanos = settings.idleInterval().toNanos();
        this.probeTimeoutNanos = settings.probeTimeout().toNanos();
    }

    void start() {
        Scheduling.scheduleNanos(this::check, idleNanos);
    }

    private void check() {
        if (connection.isClosed() || connection.lost || !core.isCurrent(connection)) {
            if (connection.isClosed() || connection.lost || core.isClosed()) {
                return;
            }
            // still starting: not the current connection yet
            Scheduling.scheduleNanos(this::check, idleNanos);
            return;
        }
        long now = System.nanoTime();
        long last = connection.lastInboundNanos();
        if (probeSentNanos != 0) {
            if (last - probeSentNanos >= 0) {
                probeSentNanos = 0;
            } else if (now - probeSentNanos >= probeTimeoutNanos) {
                Duration silence = Duration.ofNanos(now - last);
                ConnectionStalledException stalled = new ConnectionStalledException(core.options().address(), silence,
                        Duration.ofNanos(probeTimeoutNanos));
                log.warn("{}; declaring the connection lost", stalled.getMessage());
                connection.abort(stalled);
                return;
            } else {
                Scheduling.scheduleNanos(this::check, Math.min(idleNanos, probeSentNanos + probeTimeoutNanos - now));
                return;
            }
        }
        long idle = now - last;
        if (idle < idleNanos) {
            Scheduling.scheduleNanos(this::check, idleNanos - idle);
            return;
        }
        probeSentNanos = now;
        log.debug("no data from {} for {} ms; probing", core.options().address(), idle / 1_000_000);
        core.probe(Duration.ofNanos(probeTimeoutNanos));
        // looks again when the probe times out, or sooner if it is answered: the next probe is
        // due an idle interval after the last byte
        Scheduling.scheduleNanos(this::check, Math.min(idleNanos, probeTimeoutNanos));
    }
}
