package io.tws4j.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client notices a gateway that stopped answering while the socket stays open (a hung
 * TWS, a dead peer behind a NAT that never sends a reset): after {@code idleInterval} without a
 * byte from the gateway, the client sends a probe (a current-time request, which TWS answers at
 * once and does not rate-limit); if neither its answer nor any other byte arrives within
 * {@code probeTimeout}, the connection is declared lost, with a {@link ConnectionStalledException}
 * as the cause, and the client reconnects as after any other loss. A healthy gateway answers
 * the probe, so a quiet connection is never dropped.
 *
 * {@snippet :
 * ClientOptions options = ClientOptions.builder()
 *         .watchdog(Watchdog.defaults().withIdleInterval(Duration.ofSeconds(10)))   // or Watchdog.disabled()
 *         .build();
 * }
 *
 * @param idleInterval how long the connection may be silent before the probe goes out
 * @param probeTimeout how long the probe waits for a byte before the connection is declared lost
 * @param enabled whether the watchdog runs at all
 */
public record Watchdog(Duration idleInterval, Duration probeTimeout, boolean enabled) {

    public Watchdog {
        Objects.requireNonNull(idleInterval, "idleInterval");
        Objects.requireNonNull(probeTimeout, "probeTimeout");
        if (idleInterval.isNegative() || idleInterval.isZero() || probeTimeout.isNegative() || probeTimeout.isZero()) {
            throw new IllegalArgumentException("the watchdog's intervals are positive: idle " + idleInterval
                    + ", probe timeout " + probeTimeout);
        }
    }

    /** Returns the default: a probe after 30 s without a byte, the connection lost 10 s after an unanswered probe. */
    public static Watchdog defaults() {
        return new Watchdog(Duration.ofSeconds(30), Duration.ofSeconds(10), true);
    }

    /** Returns a watchdog that never probes: only a closed or reset socket ends a connection. */
    public static Watchdog disabled() {
        return new Watchdog(Duration.ofSeconds(30), Duration.ofSeconds(10), false);
    }

    /** Returns this watchdog probing after {@code interval} without a byte from the gateway. */
    public Watchdog withIdleInterval(Duration interval) {
        return new Watchdog(interval, probeTimeout, enabled);
    }

    /** Returns this watchdog declaring the connection lost when a probe gets no byte back within {@code timeout}. */
    public Watchdog withProbeTimeout(Duration timeout) {
        return new Watchdog(idleInterval, timeout, enabled);
    }
}
