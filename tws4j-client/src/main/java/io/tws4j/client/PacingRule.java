package io.tws4j.client;

import java.time.Duration;

/** The rule of {@link PacingRules} a message waits for. */
public enum PacingRule {
    /** At most so many messages in any window (TWS: 50 a second). */
    MESSAGE_RATE,
    /** No historical request identical to one sent within the window (TWS: 15 s). */
    HISTORICAL_IDENTICAL,
    /** At most so many historical requests for one contract, exchange and data series in any window (TWS: 5 within 2 s). */
    HISTORICAL_SAME_CONTRACT,
    /** At most so many historical requests in any window (TWS: 60 within 10 minutes). */
    HISTORICAL_PER_WINDOW;

    /** Returns the rule in words, with the numbers of {@code rules}, e.g. "at most 50 messages per 1 s". */
    public String describe(PacingRules rules) {
        PacingRules.Historical historical = rules.historical();
        return switch (this) {
            case MESSAGE_RATE -> "at most " + rules.messages() + (rules.messages() == 1 ? " message" : " messages") + " per "
                    + text(rules.messageWindow());
            case HISTORICAL_IDENTICAL -> "no identical historical request within " + text(historical.identicalWindow());
            case HISTORICAL_SAME_CONTRACT -> "at most " + historical.requestsPerContract()
                    + " historical requests for one contract, exchange and data series per " + text(historical.contractWindow());
            case HISTORICAL_PER_WINDOW -> "at most " + historical.requestsPerWindow() + " historical requests per "
                    + text(historical.window());
        };
    }

    static String text(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0 && millis >= 60_000) {
            return millis / 60_000 + " min";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return millis < 1000 ? millis + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
