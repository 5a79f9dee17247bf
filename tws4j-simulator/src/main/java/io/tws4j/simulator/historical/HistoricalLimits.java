package io.tws4j.simulator.historical;

import io.tws4j.historical.BarSize;
import java.time.Duration;
import java.util.Objects;

/**
 * How the simulated gateway paces historical requests, and how long its data farm takes to
 * answer. {@link #tws()} gives TWS's rules (IB's "Historical Data Limitations"): a pacing
 * violation is more than 60 requests within ten minutes, an identical request within 15 seconds,
 * or six or more requests for the same contract, exchange and data series within two seconds, a
 * {@code BID_ASK} request counting twice. TWS applies them to bars of 30 seconds or less (its
 * limits on larger bars were lifted) and, in the simulator, to historical ticks. Windows are
 * measured in gateway time, so an accelerated clock gets past them quickly.
 *
 * {@snippet :
 * SimulatedGateway.builder().historicalLimits(HistoricalLimits.tws().withRequestsPerWindow(3, Duration.ofMinutes(10))).build();
 * }
 *
 * @param requestsPerWindow how many requests (weighted) the window allows
 * @param window the sliding window of {@code requestsPerWindow}
 * @param identicalWindow how long an identical request is refused
 * @param requestsPerContract how many requests (weighted) for one contract, exchange and series {@code contractWindow} allows
 * @param contractWindow the sliding window of {@code requestsPerContract}
 * @param largestPacedBarSize the largest bar size the rules apply to
 * @param answerDelay how long (wall time) the data farm takes to answer a one-shot request
 * @param paced whether pacing applies at all
 */
public record HistoricalLimits(int requestsPerWindow, Duration window, Duration identicalWindow, int requestsPerContract,
                               Duration contractWindow, BarSize largestPacedBarSize, Duration answerDelay, boolean paced) {

    public HistoricalLimits {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(identicalWindow, "identicalWindow");
        Objects.requireNonNull(contractWindow, "contractWindow");
        Objects.requireNonNull(largestPacedBarSize, "largestPacedBarSize");
        Objects.requireNonNull(answerDelay, "answerDelay");
        if (requestsPerWindow < 1 || requestsPerContract < 1) {
            throw new IllegalArgumentException("pacing allows at least one request per window");
        }
        if (answerDelay.isNegative()) {
            throw new IllegalArgumentException("the answer delay is not negative: " + answerDelay);
        }
    }

    /** Returns TWS's limits, answering at once. */
    public static HistoricalLimits tws() {
        return new HistoricalLimits(60, Duration.ofMinutes(10), Duration.ofSeconds(15), 5, Duration.ofSeconds(2),
                BarSize.SECONDS_30, Duration.ZERO, true);
    }

    /** Returns limits that never refuse a request for pacing. */
    public static HistoricalLimits unpaced() {
        return new HistoricalLimits(60, Duration.ofMinutes(10), Duration.ofSeconds(15), 5, Duration.ofSeconds(2),
                BarSize.SECONDS_30, Duration.ZERO, false);
    }

    /** Returns these limits allowing {@code requests} per {@code window}. */
    public HistoricalLimits withRequestsPerWindow(int requests, Duration window) {
        return new HistoricalLimits(requests, window, identicalWindow, requestsPerContract, contractWindow,
                largestPacedBarSize, answerDelay, paced);
    }

    /** Returns these limits refusing identical requests for {@code window}. */
    public HistoricalLimits withIdenticalWindow(Duration window) {
        return new HistoricalLimits(requestsPerWindow, this.window, window, requestsPerContract, contractWindow,
                largestPacedBarSize, answerDelay, paced);
    }

    /** Returns these limits allowing {@code requests} for one contract, exchange and series per {@code window}. */
    public HistoricalLimits withRequestsPerContract(int requests, Duration window) {
        return new HistoricalLimits(requestsPerWindow, this.window, identicalWindow, requests, window,
                largestPacedBarSize, answerDelay, paced);
    }

    /** Returns these limits applying to bars up to {@code size} (TWS: 30 seconds). */
    public HistoricalLimits pacingBarsUpTo(BarSize size) {
        return new HistoricalLimits(requestsPerWindow, window, identicalWindow, requestsPerContract, contractWindow,
                size, answerDelay, paced);
    }

    /** Returns these limits with the data farm taking {@code delay} (wall time) to answer, e.g. to cancel a request in flight. */
    public HistoricalLimits withAnswerDelay(Duration delay) {
        return new HistoricalLimits(requestsPerWindow, window, identicalWindow, requestsPerContract, contractWindow,
                largestPacedBarSize, delay, paced);
    }
}
