package io.tws4j.simulator.market;

import io.tws4j.simulator.core.GatewayScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated market of every instrument of a gateway, by conId: random walks for most,
 * Black-Scholes models over their underlying for options. Deterministic for a seed: two gateways
 * with the same seed show the same prices at the same instants.
 *
 * {@snippet :
 * MarketModel model = new MarketModel(seed, engine.clock(), engine.scheduler());
 * InstrumentMarket aapl = model.add(265598, MarketProfile.builder(230, rule, nyse).build());
 * InstrumentMarket call = model.addOption(123456, optionProfile, new OptionTerms(265598, OptionRight.CALL, 230,
 *         expiry, 0.28, 0.045));
 * }
 */
public final class MarketModel {
    private final long seed;
    private final InstantSource clock;
    private final GatewayScheduler scheduler;
    private final Map<Integer, InstrumentMarket> markets = new ConcurrentHashMap<>();
    private final AtomicInteger openFeeds = new AtomicInteger();

    /**
     * Makes an empty model.
     *
     * @param seed the gateway's seed
     * @param clock the gateway's clock, which live feeds follow
     * @param scheduler runs the live feeds; null for a model that answers questions only
     */
    public MarketModel(long seed, InstantSource clock, GatewayScheduler scheduler) {
        this.seed = seed;
        this.clock = clock;
        this.scheduler = scheduler;
    }

    /**
     * Adds an instrument whose price walks on its own.
     *
     * @throws IllegalArgumentException if the conId is taken
     */
    public InstrumentMarket add(int conId, MarketProfile profile) {
        PricePath path = new PricePath(seed, conId, profile.referencePrice(), profile.annualVolatility());
        return register(new InstrumentMarket(this, conId, profile, path, Optional.empty(), seed));
    }

    /**
     * Adds an option priced by Black-Scholes over its underlying's mid price.
     *
     * @throws IllegalArgumentException if the conId is taken or the underlying is not in the model
     */
    public InstrumentMarket addOption(int conId, MarketProfile profile, OptionTerms terms) {
        InstrumentMarket underlying = market(terms.underlyingConId()).orElseThrow(() -> new IllegalArgumentException(
                "the underlying " + terms.underlyingConId() + " of option " + conId + " is not in the model"));
        PriceSource prices = new OptionPrices(underlying.prices(), terms, underlying.profile().dividendYield());
        return register(new InstrumentMarket(this, conId, profile, prices, Optional.of(terms), seed));
    }

    /** Returns the market of an instrument. */
    public Optional<InstrumentMarket> market(int conId) {
        return Optional.ofNullable(markets.get(conId));
    }

    /** Returns every instrument's market. */
    public Collection<InstrumentMarket> markets() {
        return List.copyOf(markets.values());
    }

    /** Returns how many live feeds are open: subscribed and not yet closed. */
    public int openFeeds() {
        return openFeeds.get();
    }

    /** Returns the gateway's time now. */
    public Instant now() {
        return clock.instant();
    }

    MarketFeed subscribe(InstrumentMarket market, MarketListener listener, Duration delay) {
        if (scheduler == null) {
            throw new IllegalStateException("this market model has no scheduler, so it has no live feeds");
        }
        MarketFeed feed = new MarketFeed(market, clock, listener, delay, openFeeds::decrementAndGet);
        openFeeds.incrementAndGet();
        feed.start(scheduler);
        return feed;
    }

    private InstrumentMarket register(InstrumentMarket market) {
        if (markets.putIfAbsent(market.conId(), market) != null) {
            throw new IllegalArgumentException("conId " + market.conId() + " is already in the market model");
        }
        return market;
    }
}
