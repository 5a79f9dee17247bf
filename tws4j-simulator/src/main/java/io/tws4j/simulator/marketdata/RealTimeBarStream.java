package io.tws4j.simulator.marketdata;

import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.RealTimeBarsRequest;
import io.tws4j.marketdata.codec.RealTimeBarsCodec;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.core.GatewayScheduler;
import io.tws4j.simulator.market.Bar;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.PriceSeries;
import io.tws4j.simulator.market.Rounding;
import io.tws4j.simulator.market.SessionKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One real-time bars request ({@code reqRealTimeBars}): a five-second bar at every multiple of
 * five seconds of the gateway's clock while the market trades (in regular hours only when asked),
 * each sent as soon as its five seconds are over, summarized from the same model events a live
 * feed delivers. The last complete bar goes out at once, as TWS sends it. An interval without a
 * price (no trade in five seconds) is a flat bar at the last price with no volume.
 */
final class RealTimeBarStream implements LiveStream {
    private static final long BAR_SECONDS = RealTimeBarsRequest.BAR_SECONDS;
    /** How often, in wall time, the stream looks whether a bar is complete. */
    private static final Duration POLL = Duration.ofMillis(40);

    private final ClientSession session;
    private final int requestId;
    private final InstrumentMarket market;
    private final PriceSeries series;
    private final boolean regularOnly;
    private final GatewayEngine engine;
    private GatewayScheduler.Task task;
    private Instant next;
    private long jumps;
    private double lastClose = Double.NaN;
    private volatile boolean stopped;

    private RealTimeBarStream(ClientSession session, int requestId, InstrumentMarket market, PriceSeries series,
                              boolean regularOnly, GatewayEngine engine) {
        this.session = session;
        this.requestId = requestId;
        this.market = market;
        this.series = series;
        this.regularOnly = regularOnly;
        this.engine = engine;
    }

    static RealTimeBarStream start(ClientSession session, int requestId, InstrumentMarket market, PriceSeries series,
                                   boolean regularOnly, GatewayEngine engine) {
        RealTimeBarStream stream = new RealTimeBarStream(session, requestId, market, series, regularOnly, engine);
        synchronized (stream) {
            stream.restartAt(engine.now());
            stream.poll();
            stream.task = engine.scheduler().repeat("tws4j-bars-" + requestId, POLL, stream::poll);
        }
        return stream;
    }

    @Override
    public void stop() {
        stopped = true;
        GatewayScheduler.Task running;
        synchronized (this) {
            running = task;
        }
        if (running != null) {
            running.cancel();
        }
    }

    /** Starts from the bar before the current one: at the start, and when the gateway's time was set. */
    private void restartAt(Instant now) {
        jumps = engine.clock().jumps();
        next = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), BAR_SECONDS) * BAR_SECONDS - BAR_SECONDS);
    }

    private synchronized void poll() {
        Instant now = engine.now();
        if (engine.clock().jumps() != jumps) {
            restartAt(now);
        }
        while (!stopped && !session.isClosed() && !next.plusSeconds(BAR_SECONDS).isAfter(now)) {
            Instant start = next;
            next = next.plusSeconds(BAR_SECONDS);
            bar(start).ifPresent(bar -> session.sendBuffered(InMessage.REAL_TIME_BARS, RealTimeBarsCodec.bar(bar)));
        }
        session.flush();
    }

    /** Returns the bar of [start, start + 5 s), or empty when the market does not trade then (for this request). */
    private Optional<RealTimeBar> bar(Instant start) {
        Optional<SessionKind> session = market.sessionAt(start);
        if (session.isEmpty() || regularOnly && session.get() != SessionKind.REGULAR) {
            return Optional.empty();
        }
        Instant end = start.plusSeconds(BAR_SECONDS);
        Optional<Bar> summary = market.summarize(start, end, series);
        if (summary.isPresent()) {
            Bar bar = summary.get();
            lastClose = bar.close();
            return Optional.of(new RealTimeBar(requestId, start, price(bar.open()), price(bar.high()), price(bar.low()),
                    price(bar.close()), bar.volume(), wap(bar.wap()), bar.count()));
        }
        double price = Double.isNaN(lastClose) ? priceBefore(start) : lastClose;
        if (Double.isNaN(price)) {
            return Optional.empty();
        }
        lastClose = price;
        double rounded = price(price);
        return Optional.of(new RealTimeBar(requestId, start, rounded, rounded, rounded, rounded, BigDecimal.ZERO, wap(price), 0));
    }

    /** The price in force before a bar without one: the last trade, or the last quote's side or midpoint. */
    private double priceBefore(Instant start) {
        return switch (series) {
            case TRADES -> market.lastTradeAt(start).map(trade -> trade.price()).orElse(Double.NaN);
            case BID -> market.quoteAt(start).map(quote -> quote.bid()).orElse(Double.NaN);
            case ASK -> market.quoteAt(start).map(quote -> quote.ask()).orElse(Double.NaN);
            case MIDPOINT -> market.quoteAt(start).map(quote -> quote.mid()).orElse(Double.NaN);
        };
    }

    /** A bar's price on the tick (midpoints on half a tick). */
    private double price(double value) {
        return Rounding.midpoint(value, market.profile().priceRule());
    }

    /** A bar's average price, rounded as averages are ({@link Rounding#average}). */
    private BigDecimal wap(double wap) {
        return BigDecimal.valueOf(Rounding.average(wap, market.profile().priceRule())).stripTrailingZeros();
    }
}
