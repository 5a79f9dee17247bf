package io.tws4j.simulator;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the simulated login may stream, and TWS's limits on it: the market data lines (error 101
 * beyond them), the distinct contracts with market depth at once (309), the tick-by-tick streams
 * at once (10190), and the exchanges the login has no real-time subscription for, whose data TWS
 * gives delayed if the client asked for delayed data (10167) and refuses otherwise (10089).
 *
 * {@snippet :
 * SimulatedGateway.builder().marketData(MarketDataEntitlements.standard().withoutRealTimeData("TSEJ")).build();
 * }
 *
 * @param lines the market data lines: streaming requests at once, for every client together (TWS's default is 100)
 * @param depthBooks the distinct contracts with market depth at once (3 by default)
 * @param tickByTickStreams the tick-by-tick streams at once (3 by default, TWS's formula for a login of 100 lines)
 * @param delayedOnlyExchanges the listing exchanges (upper case) without a real-time subscription
 */
public record MarketDataEntitlements(int lines, int depthBooks, int tickByTickStreams, Set<String> delayedOnlyExchanges) {

    public MarketDataEntitlements {
        if (lines < 1 || depthBooks < 1 || tickByTickStreams < 1) {
            throw new IllegalArgumentException("market data limits are positive: " + lines + ", " + depthBooks + ", "
                    + tickByTickStreams);
        }
        delayedOnlyExchanges = delayedOnlyExchanges.stream().map(exchange -> exchange.toUpperCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** TWS's defaults for a login of 100 lines, with real-time data everywhere. */
    public static MarketDataEntitlements standard() {
        return new MarketDataEntitlements(100, 3, 3, Set.of());
    }

    /** Returns these entitlements with another number of market data lines. */
    public MarketDataEntitlements withLines(int lines) {
        return new MarketDataEntitlements(lines, depthBooks, tickByTickStreams, delayedOnlyExchanges);
    }

    /** Returns these entitlements with other depth and tick-by-tick limits. */
    public MarketDataEntitlements withLimits(int depthBooks, int tickByTickStreams) {
        return new MarketDataEntitlements(lines, depthBooks, tickByTickStreams, delayedOnlyExchanges);
    }

    /** Returns these entitlements without real-time data for the contracts listed on {@code exchanges}. */
    public MarketDataEntitlements withoutRealTimeData(String... exchanges) {
        return new MarketDataEntitlements(lines, depthBooks, tickByTickStreams, Set.of(exchanges));
    }

    /** Returns whether the login has real-time data for a contract listed on {@code exchange}. */
    public boolean hasRealTimeData(String exchange) {
        return !delayedOnlyExchanges.contains(exchange.toUpperCase(Locale.ROOT));
    }
}
