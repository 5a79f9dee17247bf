package io.tws4j.client;

import java.time.Duration;

/**
 * The gateway stopped sending while its socket stayed open, and the {@link Watchdog}'s probe got
 * no answer: the connection was declared lost. It appears as the cause of the loss (notice -1100,
 * and the {@link ConnectionResetException} or {@link ConnectionLostException} of what was running).
 */
public final class ConnectionStalledException extends TwsException {
    private final Duration silence;

    public ConnectionStalledException(String address, Duration silence, Duration probeTimeout) {
        super("no data from the gateway at " + address + " for " + seconds(silence) + "; the watchdog's probe got no answer within "
                + seconds(probeTimeout));
        this.silence = silence;
    }

    /** Returns how long nothing had arrived from the gateway when the connection was declared lost. */
    public Duration silence() {
        return silence;
    }

    @Override
    public boolean isConnectionProblem() {
        return true;
    }

    private static String seconds(Duration duration) {
        return PacingRule.text(duration);
    }
}
