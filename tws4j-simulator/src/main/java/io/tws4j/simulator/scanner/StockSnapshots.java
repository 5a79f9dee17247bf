package io.tws4j.simulator.scanner;

import io.tws4j.contracts.SecurityType;
import io.tws4j.contracts.TradingSession;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.Bar;
import io.tws4j.simulator.market.DaySummary;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.PriceSeries;
import io.tws4j.simulator.market.TradingCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Takes the stocks' day so far from the market model. On a day without trading (a weekend) the
 * day is the last trading day, whole, as TWS's scanners show the last session's figures.
 * Market capitalisations are fixed figures of roughly the right size at each stock's reference
 * price, moving with its price; funds have none. Other currencies convert at fixed rates.
 */
final class StockSnapshots {
    /** Market capitalisation in billions of US dollars at the reference price. */
    private static final Map<String, Double> MARKET_CAP_BILLIONS = Map.ofEntries(
            Map.entry("AAPL", 3400.0), Map.entry("MSFT", 3100.0), Map.entry("NVDA", 3400.0), Map.entry("TSLA", 800.0),
            Map.entry("AMZN", 2100.0), Map.entry("GOOGL", 2100.0), Map.entry("META", 1450.0), Map.entry("NFLX", 300.0),
            Map.entry("AMD", 230.0), Map.entry("INTC", 95.0), Map.entry("JPM", 680.0), Map.entry("BAC", 350.0),
            Map.entry("V", 580.0), Map.entry("XOM", 500.0), Map.entry("JNJ", 370.0), Map.entry("WMT", 720.0),
            Map.entry("KO", 280.0), Map.entry("PG", 400.0), Map.entry("DIS", 200.0), Map.entry("SAP", 280.0),
            Map.entry("7203", 250.0));
    /** US dollars per unit: inferred, fixed rates are enough for filters. */
    private static final Map<String, Double> USD_PER_UNIT = Map.of("USD", 1.0, "EUR", 1.08, "JPY", 1 / 150.0);

    private final InstrumentUniverse universe;
    private final MarketModel market;
    /** The last instant's snapshots: subscriptions scanning at the same instant (a still clock) share them. */
    private volatile Taken last = new Taken(Instant.MIN, List.of());

    StockSnapshots(InstrumentUniverse universe, MarketModel market) {
        this.universe = universe;
        this.market = market;
    }

    /** Returns the snapshot of every stock {@code which} accepts that has a trading day by {@code now}. */
    List<StockSnapshot> at(Instant now, Predicate<Instrument> which) {
        return all(now).stream().filter(snapshot -> which.test(snapshot.instrument())).toList();
    }

    private List<StockSnapshot> all(Instant now) {
        Taken taken = last;
        if (taken.at().equals(now)) {
            return taken.snapshots();
        }
        List<StockSnapshot> snapshots = new ArrayList<>();
        for (Instrument stock : universe.all()) {
            if (stock.securityType() == SecurityType.STOCK) {
                market.market(stock.conId()).flatMap(prices -> snapshot(stock, prices, now)).ifPresent(snapshots::add);
            }
        }
        last = new Taken(now, List.copyOf(snapshots));
        return snapshots;
    }

    private Optional<StockSnapshot> snapshot(Instrument stock, InstrumentMarket prices, Instant now) {
        TradingCalendar calendar = prices.profile().calendar();
        Optional<LocalDate> day = calendar.tradingDayAt(now);
        DaySummary summary = prices.daySummary(now);
        if (day.isEmpty() || summary.last().isEmpty() || summary.previousClose().isEmpty()) {
            return Optional.empty();
        }
        List<TradingSession> sessions = calendar.sessionsOf(day.get(), false);
        Instant start = sessions.getFirst().start().toInstant();
        Instant end = min(now, sessions.getLast().end().toInstant());
        int trades = prices.summarize(start, end.plusNanos(1), PriceSeries.TRADES).map(Bar::count).orElse(0);
        double usdPerUnit = USD_PER_UNIT.getOrDefault(stock.contract().currency(), 1.0);
        double last = summary.last().getAsDouble();
        return Optional.of(new StockSnapshot(stock, last, summary.open().orElse(last), summary.high().orElse(last),
                summary.low().orElse(last), summary.previousClose().getAsDouble(), summary.volume(), trades,
                previousVolume(prices, day.get(), Duration.between(start, end)), usdPerUnit,
                marketCap(stock, last, prices.profile().referencePrice())));
    }

    /** The volume the previous trading day had traded by the same time into its day. */
    private static BigDecimal previousVolume(InstrumentMarket prices, LocalDate day, Duration into) {
        TradingCalendar calendar = prices.profile().calendar();
        return calendar.previousTradingDay(day)
                .map(previous -> calendar.sessionsOf(previous, false).getFirst().start().toInstant())
                .flatMap(start -> prices.summarize(start, start.plus(into).plusNanos(1), PriceSeries.TRADES))
                .map(Bar::volume)
                .orElse(BigDecimal.ZERO);
    }

    /** The capitalisation moves with the price: a fixed share count, whatever the currency. */
    private static OptionalDouble marketCap(Instrument stock, double last, double referencePrice) {
        Double billions = MARKET_CAP_BILLIONS.get(stock.contract().symbol());
        if (billions == null || stock.details().stockType().equals("ETF")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(billions * 1e9 * last / referencePrice);
    }

    private record Taken(Instant at, List<StockSnapshot> snapshots) {}

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
