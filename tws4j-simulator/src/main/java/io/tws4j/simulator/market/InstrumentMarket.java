package io.tws4j.simulator.market;

import io.tws4j.contracts.OptionComputation;
import io.tws4j.marketdata.TickType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One instrument's simulated market: a pure function of the gateway's seed, the instrument and
 * time. Anything asked about a past interval is what a live subscription produced for it, and the
 * same seed always gives the same data. Not every question needs time to have passed: the model
 * is defined for the future too, so callers serving history must stop at the gateway's now.
 *
 * {@snippet :
 * InstrumentMarket aapl = model.market(265598).orElseThrow();
 * Quote quote = aapl.quoteAt(now).orElseThrow();
 * List<Trade> trades = aapl.trades(now.minusSeconds(60), now);
 * List<Bar> bars = aapl.bars(now.minus(Duration.ofHours(1)), now, Duration.ofSeconds(5), PriceSeries.TRADES);
 * try (MarketFeed feed = aapl.subscribe(event -> System.out.println(event))) { ... }
 * }
 */
public final class InstrumentMarket {
    /** How far back {@link #lastTradeAt} looks for a trade in open seconds. */
    private static final long LAST_TRADE_LOOKBACK_SECONDS = 6 * 3_600;

    private final MarketModel model;
    private final int conId;
    private final MarketProfile profile;
    private final PriceSource prices;
    private final EventGenerator events;
    private final Summaries summaries;
    private final Optional<OptionTerms> option;
    private final long seed;

    InstrumentMarket(MarketModel model, int conId, MarketProfile profile, PriceSource prices, Optional<OptionTerms> option,
                     long seed) {
        this.model = model;
        this.conId = conId;
        this.profile = profile;
        this.prices = prices;
        this.option = option;
        this.seed = seed;
        this.events = new EventGenerator(seed, conId, profile, prices);
        this.summaries = new Summaries(events, profile.calendar());
    }

    /** Returns the instrument's conId. */
    public int conId() {
        return conId;
    }

    /** Returns the market's parameters. */
    public MarketProfile profile() {
        return profile;
    }

    /** Returns the option's terms, if the instrument is an option. */
    public Optional<OptionTerms> optionTerms() {
        return option;
    }

    PriceSource prices() {
        return prices;
    }

    /**
     * Returns a random stream of the instrument's own for simulated data beside the market
     * (fundamentals, say): the same gateway seed, instrument and purpose give the same stream.
     */
    public SplittableRandom randomFor(String purpose) {
        return Seeds.random(seed, conId, 9, purpose.hashCode());
    }

    /** Returns which session {@code time} falls in, if the market is open. */
    public Optional<SessionKind> sessionAt(Instant time) {
        return profile.calendar().sessionAt(time);
    }

    /** Returns the model's mid price at {@code time}, whether the market is open or not. */
    public double midAt(Instant time) {
        return prices.midAt(time.getEpochSecond(), time.getNano() / 1_000_000);
    }

    /**
     * Returns the quote in force at {@code time}: the last one set in the current session, or the
     * last of the previous session while the market is closed. Empty for indexes, and when no
     * session ended within the last month.
     */
    public Optional<Quote> quoteAt(Instant time) {
        if (profile.style() == MarketStyle.INDEX) {
            return Optional.empty();
        }
        long second = time.getEpochSecond();
        if (profile.calendar().kindAt(second) != null) {
            SecondEvents events = this.events.generate(second);
            int index = events.quoteIndexAt(time.getNano() / 1_000_000);
            return index < 0 ? Optional.empty() : Optional.of(events.quote(index, profile.sizeUnit()));
        }
        return profile.calendar().lastSessionEndBefore(time)
                .map(end -> events.generate(end.getEpochSecond() - 1))
                .map(last -> last.quote(last.quoteCount() - 1, profile.sizeUnit()));
    }

    /** Returns the last trade at or before {@code time}, looking back through up to six hours of open market. */
    public Optional<Trade> lastTradeAt(Instant time) {
        long second = time.getEpochSecond();
        long scanned = 0;
        while (scanned < LAST_TRADE_LOOKBACK_SECONDS) {
            if (profile.calendar().kindAt(second) == null) {
                Optional<Instant> end = profile.calendar().lastSessionEndBefore(Instant.ofEpochSecond(second));
                if (end.isEmpty()) {
                    return Optional.empty();
                }
                second = end.get().getEpochSecond() - 1;
                continue;
            }
            SecondEvents generated = events.generate(second);
            for (int i = generated.tradeCount() - 1; i >= 0; i--) {
                Trade trade = generated.trade(i, profile.sizeUnit(), profile.exchanges());
                if (!trade.time().isAfter(time)) {
                    return Optional.of(trade);
                }
            }
            second--;
            scanned++;
        }
        return Optional.empty();
    }

    /** Returns the trades in [{@code from}, {@code to}), in time order. */
    public List<Trade> trades(Instant from, Instant to) {
        return events(from, to).stream().filter(Trade.class::isInstance).map(Trade.class::cast).toList();
    }

    /** Returns the quotes set in [{@code from}, {@code to}), in time order. */
    public List<Quote> quotes(Instant from, Instant to) {
        return events(from, to).stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList();
    }

    /** Returns the quotes and trades in [{@code from}, {@code to}), in time order; at the same instant, the quote first. */
    public List<MarketEvent> events(Instant from, Instant to) {
        List<MarketEvent> all = new ArrayList<>();
        forEachOpenSecond(from, to, generated -> {
            int quote = 0;
            int trade = 0;
            while (quote < generated.quoteCount() || trade < generated.tradeCount()) {
                boolean quoteNext = trade >= generated.tradeCount() || (quote < generated.quoteCount()
                        && generated.quoteMillis[quote] <= generated.tradeMillis[trade]);
                MarketEvent event = quoteNext ? generated.quote(quote++, profile.sizeUnit())
                        : generated.trade(trade++, profile.sizeUnit(), profile.exchanges());
                if (!event.time().isBefore(from) && event.time().isBefore(to)) {
                    all.add(event);
                }
            }
        });
        return all;
    }

    /** Returns one bar of {@code series} over [{@code from}, {@code to}), if the series has a price in it. */
    public Optional<Bar> summarize(Instant from, Instant to, PriceSeries series) {
        return summaries.between(from, to).bar(series, from, to, profile.sizeUnit());
    }

    /**
     * Returns consecutive bars of {@code size} from {@code from} (each aligned to it) up to
     * {@code to}; bars without a price are left out, as TWS leaves out bars without trades.
     */
    public List<Bar> bars(Instant from, Instant to, Duration size, PriceSeries series) {
        if (size.isZero() || size.isNegative()) {
            throw new IllegalArgumentException("a bar lasts a positive time, not " + size);
        }
        List<Bar> bars = new ArrayList<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(size)) {
            Instant end = start.plus(size).isAfter(to) ? to : start.plus(size);
            summarize(start, end, series).ifPresent(bars::add);
        }
        return bars;
    }

    /**
     * Returns the trading day of {@code time} up to {@code time}: open, high, low, last and
     * volume of its trades (midpoints for markets without trades), and the previous day's close.
     */
    public DaySummary daySummary(Instant time) {
        Optional<LocalDate> day = profile.calendar().tradingDayAt(time);
        if (day.isEmpty()) {
            return new DaySummary(LocalDate.ofInstant(time, profile.calendar().zone()), OptionalDouble.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), BigDecimal.ZERO, OptionalDouble.empty());
        }
        PriceSeries series = profile.style() == MarketStyle.QUOTES_ONLY ? PriceSeries.MIDPOINT : PriceSeries.TRADES;
        Instant start = profile.calendar().sessionsOf(day.get(), false).getFirst().start().toInstant();
        Optional<Bar> soFar = summarize(start, time.plusNanos(1), series);
        return new DaySummary(day.get(), value(soFar.map(Bar::open)), value(soFar.map(Bar::high)),
                value(soFar.map(Bar::low)), value(soFar.map(Bar::close)),
                soFar.map(Bar::volume).orElse(BigDecimal.ZERO), previousClose(day.get()));
    }

    /**
     * Returns the book at {@code time}, {@code levels} deep on each side: the quote in force on
     * top, then levels stepping away on the tick grid. Empty when there is no quote.
     */
    public DepthBook depthAt(Instant time, int levels) {
        Optional<Quote> quote = quoteAt(time);
        if (quote.isEmpty() || levels <= 0) {
            return DepthBook.empty(time);
        }
        Quote top = quote.get();
        SplittableRandom random = Seeds.random(seed, conId, 5, top.time().getEpochSecond(), top.time().getNano());
        TickGrid grid = events.grid();
        List<DepthLevel> bids = new ArrayList<>();
        List<DepthLevel> asks = new ArrayList<>();
        long bid = grid.floor(top.bid() + grid.price(1) / 2);
        long ask = grid.floor(top.ask() + grid.price(1) / 2);
        List<String> exchanges = profile.exchanges();
        bids.add(new DepthLevel(top.bid(), top.bidSize(), exchanges.getFirst()));
        asks.add(new DepthLevel(top.ask(), top.askSize(), exchanges.getFirst()));
        for (int level = 1; level < levels; level++) {
            long nextBid = grid.down(random.nextDouble() < 0.15 ? grid.down(bid) : bid);
            if (nextBid < bid) {
                bid = nextBid;
                bids.add(new DepthLevel(grid.price(bid), size(random), exchanges.get(random.nextInt(exchanges.size()))));
            }
            ask = grid.up(random.nextDouble() < 0.15 ? grid.up(ask) : ask);
            asks.add(new DepthLevel(grid.price(ask), size(random), exchanges.get(random.nextInt(exchanges.size()))));
        }
        return new DepthBook(time, bids, asks);
    }

    /**
     * Returns an option's model values at {@code time} (tick type {@link TickType#MODEL_OPTION}):
     * its price, volatility and greeks over the underlying's mid. Empty for other instruments.
     */
    public Optional<OptionComputation> optionComputationAt(Instant time) {
        return option.map(terms -> {
            double spot = model.market(terms.underlyingConId()).orElseThrow().midAt(time);
            double dividendYield = model.market(terms.underlyingConId()).orElseThrow().profile().dividendYield();
            BlackScholes.Values values = BlackScholes.values(terms.right(), spot, terms.strike(),
                    terms.yearsToExpiry(time), terms.rate(), dividendYield, terms.impliedVolatility());
            return OptionComputation.of(TickType.MODEL_OPTION, terms.impliedVolatility(), values.delta(), values.price(),
                    values.pvDividend(), values.gamma(), values.vega(), values.theta(), spot);
        });
    }

    /**
     * Subscribes to the market's events from now on: the listener gets every quote and trade in
     * time order, in batches as the gateway's clock passes them, on a thread of the gateway's
     * scheduler (never a session's). Close the feed to stop.
     */
    public MarketFeed subscribe(MarketListener listener) {
        return model.subscribe(this, listener, Duration.ZERO);
    }

    /**
     * Subscribes to the market's events as they were {@code delay} ago, as delayed market data
     * shows them: the feed covers the clock's time less the delay, from now on.
     */
    public MarketFeed subscribeDelayed(MarketListener listener, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay is not negative, not " + delay);
        }
        return model.subscribe(this, listener, delay);
    }

    private OptionalDouble previousClose(LocalDate day) {
        Optional<LocalDate> previous = profile.calendar().previousTradingDay(day);
        if (previous.isEmpty()) {
            return OptionalDouble.empty();
        }
        Instant close = profile.calendar().sessionsOf(previous.get(), true).getLast().end().toInstant().minusNanos(1);
        if (profile.style() == MarketStyle.QUOTES_ONLY) {
            return quoteAt(close).map(quote -> OptionalDouble.of(quote.mid())).orElse(OptionalDouble.empty());
        }
        return lastTradeAt(close).map(trade -> OptionalDouble.of(trade.price())).orElse(OptionalDouble.empty());
    }

    private void forEachOpenSecond(Instant from, Instant to, Consumer<SecondEvents> action) {
        long last = to.getNano() == 0 ? to.getEpochSecond() - 1 : to.getEpochSecond();
        long second = from.getEpochSecond();
        while (second <= last) {
            long minuteEnd = Math.min(Math.floorDiv(second, 60) * 60 + 60, last + 1);
            if (!profile.calendar().overlaps(second, minuteEnd)) {
                second = minuteEnd;
                continue;
            }
            for (; second < minuteEnd; second++) {
                SecondEvents generated = events.generate(second);
                if (!generated.isEmpty()) {
                    action.accept(generated);
                }
            }
        }
    }

    private BigDecimal size(SplittableRandom random) {
        return profile.sizeUnit().multiply(BigDecimal.valueOf(events.quoteUnits(random)));
    }

    private static OptionalDouble value(Optional<Double> value) {
        return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
