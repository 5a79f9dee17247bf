package io.tws4j.simulator.marketdata;

import io.tws4j.marketdata.GenericTickType;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.RequestParametersTick;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.wire.ServerVersion;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.ReferenceTables;
import io.tws4j.simulator.market.DaySummary;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketEvent;
import io.tws4j.simulator.market.MarketFeed;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.MarketStyle;
import io.tws4j.simulator.market.PriceSeries;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Trade;
import io.tws4j.simulator.core.ClientSession;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One market data request ({@code reqMktData}) as TWS answers it: the request's parameters and
 * market data type, the current values (quote, last trade, the day's figures, option
 * computations, generic ticks), then, for a stream, every change as the model's live feed brings
 * it; a snapshot ends with TICK_SNAPSHOT_END instead.
 *
 * <p>Which tick carries what: a new bid, ask or last price goes out as TICK_PRICE with its size,
 * and IB's clients take the size from it (TWS does not repeat it as a TICK_SIZE); a size that
 * changes at the same price goes out as TICK_SIZE alone. Volume, high, low and open follow each
 * trade; options add their bid, ask, last and model computations. While the market is closed the
 * bid and ask are -1 with size 0 (TWS's "no quote"), unless frozen data was asked for, which
 * shows the close's quote instead. Delayed data runs 15 minutes behind, with the delayed tick types.
 */
final class TopOfBookStream extends FeedStream {
    /** How far delayed data lags. */
    static final Duration DELAY = Duration.ofMinutes(15);
    private static final BigDecimal NO_SIZE = BigDecimal.ZERO;

    private final TickWriter out;
    private final Instrument instrument;
    private final InstrumentMarket market;
    private final OptionValues option;
    private final Set<GenericTickType> generics;
    private final boolean delayed;
    private final boolean frozenWanted;
    private final DayFigures day = new DayFigures();
    private boolean live;
    private double bid = Double.NaN;
    private double ask = Double.NaN;
    private double last = Double.NaN;
    private BigDecimal bidSize;
    private BigDecimal askSize;
    private long lastTimestamp = Long.MIN_VALUE;

    private TopOfBookStream(ClientSession session, int requestId, Instrument instrument, InstrumentMarket market,
                            MarketModel model, Set<GenericTickType> generics, boolean delayed, boolean frozenWanted) {
        super(session);
        this.out = new TickWriter(session, requestId, delayed, market.profile().priceRule());
        this.instrument = instrument;
        this.market = market;
        this.option = OptionValues.of(market, model);
        this.generics = generics;
        this.delayed = delayed;
        this.frozenWanted = frozenWanted;
    }

    /**
     * Starts a stream: sends the current values, then every change.
     *
     * @param delayed whether the login has no real-time data for it, so that it gets delayed data
     * @param type the market data type the client asked for
     */
    static TopOfBookStream stream(ClientSession session, int requestId, Instrument instrument, InstrumentMarket market,
                                  MarketModel model, Set<GenericTickType> generics, boolean delayed, MarketDataType type) {
        TopOfBookStream stream = new TopOfBookStream(session, requestId, instrument, market, model, generics, delayed,
                type == MarketDataType.FROZEN || type == MarketDataType.DELAYED_FROZEN);
        synchronized (stream) {
            MarketFeed feed = stream.listen(delayed ? market.subscribeDelayed(stream, DELAY) : market.subscribe(stream));
            stream.sendCurrent(feed.start());
            stream.out.flush();
        }
        return stream;
    }

    /** Sends a snapshot of the current values, ended by TICK_SNAPSHOT_END. */
    static void snapshot(ClientSession session, int requestId, Instrument instrument, InstrumentMarket market,
                         MarketModel model, boolean delayed, MarketDataType type, Instant now) {
        TopOfBookStream snapshot = new TopOfBookStream(session, requestId, instrument, market, model, Set.of(), delayed,
                type == MarketDataType.FROZEN || type == MarketDataType.DELAYED_FROZEN);
        synchronized (snapshot) {
            snapshot.sendCurrent(delayed ? now.minus(DELAY) : now);
            snapshot.out.snapshotEnd();
            snapshot.out.flush();
        }
    }

    @Override
    void event(MarketEvent event) {
        if (!live) {
            live = true;
            out.marketDataType(delayed ? MarketDataType.DELAYED : MarketDataType.REALTIME);
        }
        if (day.end == null || !event.time().isBefore(day.end)) {
            newDay(event.time());
        }
        switch (event) {
            case Quote quote -> quote(quote);
            case Trade trade -> trade(trade);
        }
        out.flush();
    }

    private void sendCurrent(Instant at) {
        boolean open = market.sessionAt(at).isPresent();
        boolean frozen = !open && frozenWanted;
        live = !frozen;
        out.parameters(parameters(at));
        out.marketDataType(frozen ? (delayed ? MarketDataType.DELAYED_FROZEN : MarketDataType.FROZEN)
                : delayed ? MarketDataType.DELAYED : MarketDataType.REALTIME);
        MarketStyle style = market.profile().style();
        if (style != MarketStyle.INDEX) {
            Optional<Quote> quote = open || frozen ? market.quoteAt(at) : Optional.empty();
            if (quote.isPresent()) {
                quote(quote.get());
            } else {
                out.price(TickType.BID, -1, NO_SIZE);
                out.price(TickType.ASK, -1, NO_SIZE);
            }
        }
        Optional<Trade> lastTrade = style == MarketStyle.QUOTES_ONLY ? Optional.empty() : market.lastTradeAt(at);
        lastTrade.ifPresent(this::lastPrice);
        sendDay(open ? at : market.profile().calendar().lastSessionEndBefore(at).map(end -> end.minusNanos(1)).orElse(at));
        if (option != null) {
            out.optionComputation(option.model(out.requestId(), at));
        }
        GenericTicks.initial(out, generics, instrument, market, at, lastTrade, day, mid());
    }

    /**
     * Sends what a new quote changed. When the quote rises through the old ask the ask goes first,
     * else the bid, so that a client applying the ticks one by one never sees the bid at or above the ask.
     */
    private void quote(Quote quote) {
        boolean bidMoved = quote.bid() != bid;
        boolean askMoved = quote.ask() != ask;
        if (!Double.isNaN(ask) && quote.bid() >= ask) {
            askSide(quote, askMoved);
            bidSide(quote, bidMoved);
        } else {
            bidSide(quote, bidMoved);
            askSide(quote, askMoved);
        }
        bid = quote.bid();
        ask = quote.ask();
        bidSize = quote.bidSize();
        askSize = quote.askSize();
        if (option != null && (bidMoved || askMoved)) {
            int id = out.requestId();
            if (bidMoved) {
                out.optionComputation(option.fromPrice(id, TickType.BID_OPTION_COMPUTATION, bid, quote.time()));
            }
            if (askMoved) {
                out.optionComputation(option.fromPrice(id, TickType.ASK_OPTION_COMPUTATION, ask, quote.time()));
            }
            out.optionComputation(option.model(id, quote.time()));
        }
        if ((bidMoved || askMoved) && generics.contains(GenericTickType.MARK_PRICE)) {
            out.price(TickType.MARK_PRICE, mid(), null);
        }
    }

    private void bidSide(Quote quote, boolean moved) {
        if (moved) {
            out.price(TickType.BID, quote.bid(), quote.bidSize());
        } else if (bidSize == null || quote.bidSize().compareTo(bidSize) != 0) {
            out.size(TickType.BID_SIZE, quote.bidSize());
        }
    }

    private void askSide(Quote quote, boolean moved) {
        if (moved) {
            out.price(TickType.ASK, quote.ask(), quote.askSize());
        } else if (askSize == null || quote.askSize().compareTo(askSize) != 0) {
            out.size(TickType.ASK_SIZE, quote.askSize());
        }
    }

    private void trade(Trade trade) {
        boolean index = market.profile().style() == MarketStyle.INDEX;
        double previous = last;
        lastPrice(trade);
        if (!index && trade.price() == previous) {
            out.size(TickType.LAST_SIZE, trade.size());
        }
        int changed = day.add(trade.price(), trade.size());
        if ((changed & 1) != 0) {
            out.price(TickType.OPEN, trade.price(), null);
        }
        if ((changed & 2) != 0) {
            out.price(TickType.HIGH, trade.price(), null);
        }
        if ((changed & 4) != 0) {
            out.price(TickType.LOW, trade.price(), null);
        }
        if (!index) {
            out.size(TickType.VOLUME, day.volume);
        }
        if (generics.contains(GenericTickType.RT_VOLUME)) {
            out.string(TickType.RT_VOLUME, GenericTicks.rtVolume(trade, day, market.profile().priceRule()));
        }
        if (generics.contains(GenericTickType.RT_TRADE_VOLUME)) {
            out.string(TickType.RT_TRD_VOLUME, GenericTicks.rtVolume(trade, day, market.profile().priceRule()));
        }
        if (generics.contains(GenericTickType.TRADE_COUNT)) {
            out.generic(TickType.TRADE_COUNT, day.trades);
        }
        if (option != null) {
            out.optionComputation(option.fromPrice(out.requestId(), TickType.LAST_OPTION_COMPUTATION, trade.price(), trade.time()));
        }
    }

    /** Sends a last price that moved (with its size, but none for an index) and the last timestamp. */
    private void lastPrice(Trade trade) {
        boolean index = market.profile().style() == MarketStyle.INDEX;
        if (trade.price() != last) {
            out.price(TickType.LAST, trade.price(), index ? null : trade.size());
        }
        last = trade.price();
        long second = trade.time().getEpochSecond();
        if (second != lastTimestamp) {
            out.string(TickType.LAST_TIMESTAMP, Long.toString(second));
            lastTimestamp = second;
        }
    }

    /** Sends the day's figures as of {@code at} and keeps them for the trades to come. */
    private void sendDay(Instant at) {
        DaySummary summary = market.daySummary(at);
        summary.previousClose().ifPresent(close -> out.price(TickType.CLOSE, close, null));
        summary.open().ifPresent(open -> out.price(TickType.OPEN, open, null));
        summary.high().ifPresent(high -> out.price(TickType.HIGH, high, null));
        summary.low().ifPresent(low -> out.price(TickType.LOW, low, null));
        if (market.profile().style() == MarketStyle.QUOTES_AND_TRADES) {
            out.size(TickType.VOLUME, summary.volume());
        }
        day.open = summary.open().orElse(Double.NaN);
        day.high = summary.high().orElse(Double.NaN);
        day.low = summary.low().orElse(Double.NaN);
        day.volume = summary.volume();
        day.value = dayValue(summary, at);
        day.end = dayEnd(summary.tradingDay());
    }

    /** An event of the next trading day: the day's figures start again from the previous close. */
    private void newDay(Instant at) {
        Optional<LocalDate> tradingDay = market.profile().calendar().tradingDayAt(at);
        if (tradingDay.isEmpty()) {
            return;
        }
        DayFigures fresh = new DayFigures();
        day.open = fresh.open;
        day.high = fresh.high;
        day.low = fresh.low;
        day.volume = fresh.volume;
        day.value = fresh.value;
        day.trades = 0;
        day.end = dayEnd(tradingDay.get());
        market.daySummary(at).previousClose().ifPresent(close -> out.price(TickType.CLOSE, close, null));
    }

    /** The day's traded value, for the VWAP of RT volume ticks; only looked up when they were asked for. */
    private BigDecimal dayValue(DaySummary summary, Instant at) {
        if (!generics.contains(GenericTickType.RT_VOLUME) && !generics.contains(GenericTickType.RT_TRADE_VOLUME)
                || summary.volume().signum() == 0) {
            return summary.volume().multiply(BigDecimal.valueOf(summary.last().orElse(0)));
        }
        Instant start = market.profile().calendar().sessionsOf(summary.tradingDay(), false).getFirst().start().toInstant();
        return market.summarize(start, at.plusNanos(1), PriceSeries.TRADES)
                .map(bar -> bar.volume().multiply(BigDecimal.valueOf(bar.wap())))
                .orElse(BigDecimal.ZERO);
    }

    private Instant dayEnd(LocalDate tradingDay) {
        var sessions = market.profile().calendar().sessionsOf(tradingDay, false);
        return sessions.isEmpty() ? null : sessions.getLast().end().toInstant();
    }

    private double mid() {
        return Double.isNaN(bid) || Double.isNaN(ask) ? Double.NaN : (bid + ask) / 2;
    }

    private RequestParametersTick parameters(Instant at) {
        var profile = market.profile();
        double reference = Double.isNaN(mid()) ? market.midAt(at) : mid();
        BigDecimal minTick = BigDecimal.valueOf(profile.priceRule().incrementAt(reference)).stripTrailingZeros();
        boolean usSmart = instrument.contract().currency().equals("USD") && instrument.details().validExchanges().contains("SMART");
        String bbo = switch (instrument.securityType()) {
            case STOCK -> usSmart ? ReferenceTables.US_STOCKS_BBO_EXCHANGE : "";
            case OPTION -> usSmart ? ReferenceTables.US_OPTIONS_BBO_EXCHANGE : "";
            default -> "";
        };
        boolean precisions = ServerVersion.USE_PRECISION_FROM_SEC_DEF.isSupportedAt(session.serverVersion());
        return new RequestParametersTick(out.requestId(), minTick, bbo, 3,
                precisions ? String.valueOf(Math.max(0, minTick.scale())) : "",
                precisions ? String.valueOf(Math.max(0, profile.sizeUnit().stripTrailingZeros().scale())) : "");
    }
}
