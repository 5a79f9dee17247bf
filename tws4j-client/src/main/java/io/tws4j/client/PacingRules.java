package io.tws4j.client;

import io.tws4j.historical.BarSize;
import java.time.Duration;
import java.util.Objects;

/**
 * The limits the client keeps to when it writes, as data: TWS disconnects a client that sends
 * more than 50 messages a second, and refuses historical requests that break its pacing rules
 * (error 162, IB's "Historical Data Limitations"). A message over a limit waits its turn, in
 * order; it is not refused. Orders and cancels never wait behind other requests, though they
 * count toward the message rate. A request whose wait would outlast its timeout fails at once
 * with a {@link PacingLimitException}.
 *
 * <p>Windows are measured on the client's clock when a message is written, and each is widened
 * by {@code margin}, because TWS measures on its own clock when it reads.
 *
 * {@snippet :
 * ClientOptions options = ClientOptions.builder()
 *         .pacing(PacingRules.tws())                                  // the default
 *         .build();
 * ClientOptions gentle = options.toBuilder()
 *         .pacing(PacingRules.tws().withMessageRate(40, Duration.ofSeconds(1)))
 *         .build();
 * }
 *
 * @param messages how many messages any {@code messageWindow} may hold
 * @param messageWindow the sliding window of {@code messages}
 * @param historical the historical data rules
 * @param margin how much every window is widened
 */
public record PacingRules(int messages, Duration messageWindow, Historical historical, Duration margin) {
    /** The most messages a window may be set to hold (the governor remembers the time of each). */
    public static final int MAX_MESSAGES = 100_000;

    public PacingRules {
        Objects.requireNonNull(messageWindow, "messageWindow");
        Objects.requireNonNull(historical, "historical");
        Objects.requireNonNull(margin, "margin");
        if (messages < 1 || messageWindow.isNegative() || messageWindow.isZero()) {
            throw new IllegalArgumentException("the message rate allows at least one message in a positive window: "
                    + messages + " per " + messageWindow);
        }
        if (messages > MAX_MESSAGES && messages != Integer.MAX_VALUE) {
            throw new IllegalArgumentException("the message rate allows at most " + MAX_MESSAGES + " messages per window, not "
                    + messages + "; PacingRules.unlimited() sets no limit");
        }
        if (margin.isNegative()) {
            throw new IllegalArgumentException("the margin is not negative: " + margin);
        }
    }

    /**
     * Returns TWS's limits: 50 messages a second; for historical bars of 30 seconds or less and
     * historical ticks, no identical request within 15 s, at most 5 for one contract, exchange
     * and data series within 2 s (six are a violation), at most 60 within ten minutes, a
     * {@code BID_ASK} request counting twice; every window widened by 100 ms.
     */
    public static PacingRules tws() {
        return new PacingRules(50, Duration.ofSeconds(1), Historical.tws(), Duration.ofMillis(100));
    }

    /** Returns rules that never hold a message back. */
    public static PacingRules unlimited() {
        return new PacingRules(Integer.MAX_VALUE, Duration.ofSeconds(1), Historical.none(), Duration.ZERO);
    }

    /** Returns whether these rules never hold a message back. */
    public boolean isUnlimited() {
        return messages == Integer.MAX_VALUE && !historical.enabled();
    }

    /** Returns these rules allowing {@code count} messages in any {@code window}. */
    public PacingRules withMessageRate(int count, Duration window) {
        return new PacingRules(count, window, historical, margin);
    }

    /** Returns these rules with other historical rules ({@link Historical#none()} to turn them off). */
    public PacingRules withHistorical(Historical rules) {
        return new PacingRules(messages, messageWindow, rules, margin);
    }

    /** Returns these rules widening every window by {@code margin}. */
    public PacingRules withMargin(Duration margin) {
        return new PacingRules(messages, messageWindow, historical, margin);
    }

    /**
     * TWS's pacing of historical data requests, as IB documents it.
     *
     * @param requestsPerWindow how many requests (weighted) any {@code window} may hold
     * @param window the sliding window of {@code requestsPerWindow}
     * @param identicalWindow how long an identical request (the same in everything but its id) must wait
     * @param requestsPerContract how many requests (weighted) for one contract, exchange and data series any {@code contractWindow} may hold
     * @param contractWindow the sliding window of {@code requestsPerContract}
     * @param largestPacedBarSize the largest bar size the rules apply to (TWS lifted them for larger bars); ticks are always paced
     * @param enabled whether the rules apply at all
     */
    public record Historical(int requestsPerWindow, Duration window, Duration identicalWindow, int requestsPerContract,
                             Duration contractWindow, BarSize largestPacedBarSize, boolean enabled) {

        public Historical {
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(identicalWindow, "identicalWindow");
            Objects.requireNonNull(contractWindow, "contractWindow");
            Objects.requireNonNull(largestPacedBarSize, "largestPacedBarSize");
            if (requestsPerWindow < 2 || requestsPerContract < 2) {
                throw new IllegalArgumentException("historical pacing allows at least two requests per window, "
                        + "as a BID_ASK request counts twice");
            }
            if (window.isNegative() || identicalWindow.isNegative() || contractWindow.isNegative()) {
                throw new IllegalArgumentException("historical pacing windows are not negative");
            }
        }

        /** Returns TWS's rules: 60 per 10 minutes, no identical request within 15 s, 5 per contract within 2 s, bars up to 30 s. */
        public static Historical tws() {
            return new Historical(60, Duration.ofMinutes(10), Duration.ofSeconds(15), 5, Duration.ofSeconds(2),
                    BarSize.SECONDS_30, true);
        }

        /** Returns no historical rules. */
        public static Historical none() {
            return new Historical(60, Duration.ofMinutes(10), Duration.ofSeconds(15), 5, Duration.ofSeconds(2),
                    BarSize.SECONDS_30, false);
        }

        /** Returns these rules allowing {@code requests} in any {@code window}. */
        public Historical withRequestsPerWindow(int requests, Duration window) {
            return new Historical(requests, window, identicalWindow, requestsPerContract, contractWindow, largestPacedBarSize, enabled);
        }

        /** Returns these rules holding an identical request back for {@code window}. */
        public Historical withIdenticalWindow(Duration window) {
            return new Historical(requestsPerWindow, this.window, window, requestsPerContract, contractWindow, largestPacedBarSize,
                    enabled);
        }

        /** Returns these rules allowing {@code requests} for one contract, exchange and series in any {@code window}. */
        public Historical withRequestsPerContract(int requests, Duration window) {
            return new Historical(requestsPerWindow, this.window, identicalWindow, requests, window, largestPacedBarSize, enabled);
        }

        /** Returns these rules applying to bars up to {@code size}. */
        public Historical pacingBarsUpTo(BarSize size) {
            return new Historical(requestsPerWindow, window, identicalWindow, requestsPerContract, contractWindow, size, enabled);
        }
    }
}
