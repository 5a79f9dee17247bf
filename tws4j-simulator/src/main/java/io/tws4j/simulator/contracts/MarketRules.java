package io.tws4j.simulator.contracts;

import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.PriceIncrement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The market rules (price increments) of the simulated instruments. Ids 26 (US stocks) and 110
 * (penny-pilot US options) follow IB's; the others are the simulator's own, with increments as
 * the markets have them.
 */
public final class MarketRules {
    /** US stocks and ETFs: a cent. */
    public static final MarketRule US_STOCKS = rule(26, 0, 0.01);
    /** US equity options in the penny program: a cent below $3, five cents from $3. */
    public static final MarketRule US_OPTIONS = rule(110, 0, 0.01, 3, 0.05);
    /** CME E-mini equity index futures: a quarter point. */
    public static final MarketRule CME_EMINI = rule(32, 0, 0.25);
    /** EUR.USD on IDEALPRO: half a pip. */
    public static final MarketRule EUR_USD = rule(239, 0, 0.00005);
    /** USD.JPY on IDEALPRO: half a pip. */
    public static final MarketRule USD_JPY = rule(240, 0, 0.005);
    /** CBOE index values: a cent. */
    public static final MarketRule INDEX = rule(73, 0, 0.01);
    /** Tokyo Stock Exchange, TOPIX 100 constituents. */
    public static final MarketRule TSE_TOPIX100 = rule(1001, 0, 0.1, 1000, 0.5, 3000, 1, 10_000, 5, 30_000, 10, 100_000, 50);
    /** XETRA stocks (the simulator's simplification: a cent). */
    public static final MarketRule XETRA = rule(1002, 0, 0.01);
    /** Bitcoin on PAXOS. */
    public static final MarketRule PAXOS_BTC = rule(2001, 0, 0.25);
    /** Ether on PAXOS. */
    public static final MarketRule PAXOS_ETH = rule(2002, 0, 0.05);
    /** Government bonds, in percent of par. */
    public static final MarketRule BONDS = rule(3001, 0, 0.001);

    private static final Map<Integer, MarketRule> BY_ID = Stream.of(US_STOCKS, US_OPTIONS, CME_EMINI, EUR_USD, USD_JPY,
            INDEX, TSE_TOPIX100, XETRA, PAXOS_BTC, PAXOS_ETH, BONDS).collect(Collectors.toUnmodifiableMap(MarketRule::id,
            Function.identity()));

    private MarketRules() {}

    /** Returns the rule with {@code id}, if the simulator has it. */
    public static Optional<MarketRule> byId(int id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** @param edgesAndIncrements low edge, increment, low edge, increment ... */
    private static MarketRule rule(int id, double... edgesAndIncrements) {
        PriceIncrement[] steps = new PriceIncrement[edgesAndIncrements.length / 2];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = new PriceIncrement(edgesAndIncrements[2 * i], edgesAndIncrements[2 * i + 1]);
        }
        return new MarketRule(id, List.of(steps));
    }
}
