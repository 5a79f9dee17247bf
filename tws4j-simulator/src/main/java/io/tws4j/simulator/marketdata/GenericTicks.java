package io.tws4j.simulator.marketdata;

import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.SecurityType;
import io.tws4j.marketdata.GenericTickType;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.wire.Decimals;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.market.Bar;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.PriceSeries;
import io.tws4j.simulator.market.Rounding;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The optional ("generic") ticks of a market data request: which ids the gateway accepts, and the
 * starting values of those it gives (258's fundamental ratios once, a stock's only). The ones that
 * move with the market (RT volume, trade count, mark price) are updated by the stream as trades
 * and quotes come. Ids the gateway accepts but has no data for (option volumes, auction values,
 * news, dividends) send nothing, as TWS sends nothing until it has a value.
 */
final class GenericTicks {
    private static final String LEGAL = Arrays.stream(GenericTickType.values()).map(type -> String.valueOf(type.id()))
            .collect(Collectors.joining(","));
    private static final int DAYS_13_WEEKS = 91;
    private static final int DAYS_26_WEEKS = 182;
    private static final int DAYS_52_WEEKS = 364;

    private GenericTicks() {}

    /** Returns the generic tick types of a request, or why TWS would refuse the list (321). */
    static Parsed parse(List<Integer> ids, String secType) {
        Set<GenericTickType> types = EnumSet.noneOf(GenericTickType.class);
        for (int id : ids) {
            Optional<GenericTickType> type = Arrays.stream(GenericTickType.values()).filter(t -> t.id() == id).findFirst();
            if (type.isEmpty()) {
                return new Parsed(Set.of(), Optional.of("Incorrect generic tick list of " + id + ".  Legal ones for ("
                        + secType + ") are: " + LEGAL));
            }
            types.add(type.get());
        }
        return new Parsed(types, Optional.empty());
    }

    record Parsed(Set<GenericTickType> types, Optional<String> problem) {}

    /** Sends the starting value of each requested generic tick that has one. */
    static void initial(TickWriter out, Set<GenericTickType> requested, Instrument instrument, InstrumentMarket market,
                        Instant at, Optional<Trade> last, DayFigures day, double mid) {
        double volatility = market.profile().annualVolatility();
        for (GenericTickType type : requested) {
            switch (type) {
                case RT_VOLUME -> last.ifPresent(trade -> out.string(TickType.RT_VOLUME, rtVolume(trade, day, rule(market))));
                case RT_TRADE_VOLUME -> last.ifPresent(trade ->
                        out.string(TickType.RT_TRD_VOLUME, rtVolume(trade, day, rule(market))));
                case SHORTABLE -> {
                    if (instrument.securityType() == SecurityType.STOCK) {
                        out.generic(TickType.SHORTABLE, 3);
                        out.size(TickType.SHORTABLE_SHARES, BigDecimal.valueOf(25_000_000));
                    }
                }
                case MISCELLANEOUS_STATS -> weekRanges(out, market, at);
                case HISTORICAL_VOLATILITY -> out.generic(TickType.OPTION_HISTORICAL_VOL, volatility);
                case OPTION_IMPLIED_VOLATILITY -> out.generic(TickType.OPTION_IMPLIED_VOL, volatility * 1.05);
                case RT_HISTORICAL_VOLATILITY -> out.generic(TickType.RT_HISTORICAL_VOL, volatility);
                case FUNDAMENTAL_RATIOS -> FundamentalRatioText.of(instrument, market, at, last.map(Trade::price)
                                .orElseGet(() -> Double.isNaN(mid) ? rule(market).round(market.midAt(at)) : mid))
                        .ifPresent(text -> out.string(TickType.FUNDAMENTAL_RATIOS, text));
                case MARK_PRICE -> {
                    if (!Double.isNaN(mid)) {
                        out.price(TickType.MARK_PRICE, mid, null);
                    }
                }
                case TRADE_COUNT -> out.generic(TickType.TRADE_COUNT, day.trades);
                case LAST_RTH_TRADE -> last.ifPresent(trade -> out.price(TickType.LAST_RTH_TRADE, trade.price(), null));
                case FUTURES_OPEN_INTEREST -> {
                    if (instrument.securityType() == SecurityType.FUTURE) {
                        out.size(TickType.FUTURES_OPEN_INTEREST, BigDecimal.valueOf(1_000_000L + Math.floorMod(instrument.conId(), 900_000)));
                    }
                }
                case SHORT_TERM_VOLUME -> {
                    out.size(TickType.SHORT_TERM_VOLUME_3_MIN, volumeSince(market, at, 3));
                    out.size(TickType.SHORT_TERM_VOLUME_5_MIN, volumeSince(market, at, 5));
                    out.size(TickType.SHORT_TERM_VOLUME_10_MIN, volumeSince(market, at, 10));
                }
                default -> { }
            }
        }
    }

    /**
     * The RT volume text: price;size;time in ms;day's volume;day's VWAP;whether one market maker
     * filled it; the price on the tick, the VWAP as an average ({@link Rounding}).
     */
    static String rtVolume(Trade trade, DayFigures day, MarketRule rule) {
        double vwap = day.vwap();
        return Decimals.format(BigDecimal.valueOf(Rounding.price(trade.price(), rule))) + ";" + Decimals.format(trade.size()) + ";"
                + trade.time().toEpochMilli() + ";" + Decimals.format(day.volume) + ";"
                + (Double.isNaN(vwap) ? "" : Decimals.format(BigDecimal.valueOf(Rounding.average(vwap, rule)))) + ";true";
    }

    private static MarketRule rule(InstrumentMarket market) {
        return market.profile().priceRule();
    }

    /** 13, 26 and 52-week lows and highs of the daily mid prices, and the average daily volume. */
    private static void weekRanges(TickWriter out, InstrumentMarket market, Instant at) {
        double[] lows = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] highs = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        int[] spans = {DAYS_13_WEEKS, DAYS_26_WEEKS, DAYS_52_WEEKS};
        for (int day = 0; day <= DAYS_52_WEEKS; day++) {
            double mid = market.profile().priceRule().round(market.midAt(at.minus(Duration.ofDays(day))));
            for (int span = 0; span < spans.length; span++) {
                if (day <= spans[span]) {
                    lows[span] = Math.min(lows[span], mid);
                    highs[span] = Math.max(highs[span], mid);
                }
            }
        }
        out.price(TickType.LOW_13_WEEK, lows[0], null);
        out.price(TickType.HIGH_13_WEEK, highs[0], null);
        out.price(TickType.LOW_26_WEEK, lows[1], null);
        out.price(TickType.HIGH_26_WEEK, highs[1], null);
        out.price(TickType.LOW_52_WEEK, lows[2], null);
        out.price(TickType.HIGH_52_WEEK, highs[2], null);
        var profile = market.profile();
        long units = Math.round(profile.tradesPerSecond() * profile.meanTradeUnits() * 6.5 * 3_600);
        out.size(TickType.AVG_VOLUME, profile.sizeUnit().multiply(BigDecimal.valueOf(units)));
    }

    private static BigDecimal volumeSince(InstrumentMarket market, Instant at, int minutes) {
        return market.summarize(at.minus(Duration.ofMinutes(minutes)), at, PriceSeries.TRADES).map(Bar::volume)
                .orElse(BigDecimal.ZERO);
    }
}
