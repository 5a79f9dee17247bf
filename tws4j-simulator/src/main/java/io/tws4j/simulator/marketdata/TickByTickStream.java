package io.tws4j.simulator.marketdata;

import io.tws4j.contracts.MarketRule;
import io.tws4j.marketdata.BidAskAttributes;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.TickByTick;
import io.tws4j.marketdata.TickByTickRequest;
import io.tws4j.marketdata.TickByTickType;
import io.tws4j.marketdata.TradeAttributes;
import io.tws4j.marketdata.TradeTick;
import io.tws4j.marketdata.codec.TickByTickCodec;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketEvent;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Rounding;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One tick-by-tick request ({@code reqTickByTickData}): every trade (Last and AllLast carry the
 * same trades, as the model has no combo or average-price prints), every change of the best bid
 * and offer (of price alone with {@code ignoreSize}), or every change of the midpoint, from the
 * model's live feed. Recent ticks asked for with {@code numberOfTicks} go first, as the matching
 * historical ticks message marked done.
 */
final class TickByTickStream extends FeedStream {
    /** How far back recent ticks are looked for. */
    private static final List<Duration> LOOKBACKS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(2),
            Duration.ofHours(12), Duration.ofDays(4));

    private final int requestId;
    private final TickByTickRequest request;
    private final MarketRule rule;
    private Quote lastQuote;

    private TickByTickStream(ClientSession session, int requestId, TickByTickRequest request, MarketRule rule) {
        super(session);
        this.requestId = requestId;
        this.request = request;
        this.rule = rule;
    }

    static TickByTickStream start(ClientSession session, int requestId, TickByTickRequest request, InstrumentMarket market) {
        TickByTickStream stream = new TickByTickStream(session, requestId, request, market.profile().priceRule());
        synchronized (stream) {
            Instant start = stream.listen(market.subscribe(stream)).start();
            stream.lastQuote = market.quoteAt(start).orElse(null);
            if (request.historicalTicks() > 0) {
                // recent() leaves lastQuote at the quote in force at the start, as the live ticks continue from it
                List<TickByTick> recent = stream.recent(market, start);
                session.send(historicalMessage(request.type()),
                        TickByTickCodec.historicalTicks(requestId, request.type(), recent));
            }
        }
        return stream;
    }

    @Override
    void event(MarketEvent event) {
        TickByTick tick = tick(event);
        if (tick != null) {
            session.send(InMessage.TICK_BY_TICK, TickByTickCodec.tickByTick(tick));
        }
    }

    /** Returns the tick an event makes for this request, or null if it makes none. */
    private TickByTick tick(MarketEvent event) {
        switch (event) {
            case Trade trade -> {
                return request.type() == TickByTickType.LAST || request.type() == TickByTickType.ALL_LAST
                        ? trade(trade) : null;
            }
            case Quote quote -> {
                Quote previous = lastQuote;
                lastQuote = quote;
                return switch (request.type()) {
                    case BID_ASK -> changed(previous, quote) ? bidAsk(quote) : null;
                    case MIDPOINT -> previous == null || previous.mid() != quote.mid() ? midpoint(quote) : null;
                    default -> null;
                };
            }
        }
    }

    private boolean changed(Quote previous, Quote quote) {
        if (previous == null || previous.bid() != quote.bid() || previous.ask() != quote.ask()) {
            return true;
        }
        return !request.ignoreSize() && (previous.bidSize().compareTo(quote.bidSize()) != 0
                || previous.askSize().compareTo(quote.askSize()) != 0);
    }

    private TradeTick trade(Trade trade) {
        return new TradeTick(requestId, request.type(), trade.time(), trade.price(), trade.size(),
                TradeAttributes.of(false, false), trade.exchange(), "");
    }

    private BidAskTick bidAsk(Quote quote) {
        BigDecimal bidSize = request.ignoreSize() ? BigDecimal.ZERO : quote.bidSize();
        BigDecimal askSize = request.ignoreSize() ? BigDecimal.ZERO : quote.askSize();
        return new BidAskTick(requestId, quote.time(), quote.bid(), quote.ask(), bidSize, askSize,
                BidAskAttributes.of(false, false));
    }

    private MidpointTick midpoint(Quote quote) {
        return new MidpointTick(requestId, quote.time(), Rounding.midpoint(quote.mid(), rule));
    }

    /** The last {@code historicalTicks} ticks before {@code start}, oldest first, looking back ever further. */
    private List<TickByTick> recent(InstrumentMarket market, Instant start) {
        List<TickByTick> ticks = new ArrayList<>();
        for (Duration lookback : LOOKBACKS) {
            ticks.clear();
            lastQuote = null;
            for (MarketEvent event : market.events(start.minus(lookback), start)) {
                TickByTick tick = tick(event);
                if (tick != null) {
                    ticks.add(tick);
                }
            }
            if (ticks.size() >= request.historicalTicks()) {
                break;
            }
        }
        lastQuote = market.quoteAt(start).orElse(null);
        return List.copyOf(ticks.subList(Math.max(0, ticks.size() - request.historicalTicks()), ticks.size()));
    }

    private static InMessage historicalMessage(TickByTickType type) {
        return switch (type) {
            case LAST, ALL_LAST -> InMessage.HISTORICAL_TICKS_LAST;
            case BID_ASK -> InMessage.HISTORICAL_TICKS_BID_ASK;
            case MIDPOINT -> InMessage.HISTORICAL_TICKS;
        };
    }
}
