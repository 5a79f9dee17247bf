package io.tws4j.simulator.market;

import io.tws4j.contracts.OptionRight;
import java.time.Instant;
import java.util.Objects;

/**
 * What an option's simulated market needs beyond its profile: its underlying, right, strike,
 * expiry, the volatility it is priced at, and the risk-free rate.
 *
 * @param underlyingConId the underlying's conId, which must already be in the model
 * @param right call or put
 * @param strike the strike
 * @param expiry the instant it expires (the close of its last trading day)
 * @param impliedVolatility the volatility its model price uses
 * @param rate the continuous risk-free rate
 */
public record OptionTerms(int underlyingConId, OptionRight right, double strike, Instant expiry,
                          double impliedVolatility, double rate) {

    public OptionTerms {
        Objects.requireNonNull(expiry, "expiry");
        if (right != OptionRight.CALL && right != OptionRight.PUT) {
            throw new IllegalArgumentException("an option is a call or a put, not " + right);
        }
    }

    /** Returns the years (of 365 days) from {@code now} to expiry, 0 once expired. */
    public double yearsToExpiry(Instant now) {
        return Math.max(0, (expiry.getEpochSecond() - now.getEpochSecond()) / (365.0 * 86_400));
    }
}
