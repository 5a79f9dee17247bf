package io.tws4j.client.marketdata;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Collector;
import io.tws4j.client.core.StreamSpec;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.MarketDepthRequest;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.RealTimeBarsRequest;
import io.tws4j.marketdata.SnapshotEndTick;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickByTick;
import io.tws4j.marketdata.TickByTickRequest;
import io.tws4j.marketdata.codec.DepthCodec;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.marketdata.codec.RealTimeBarsCodec;
import io.tws4j.marketdata.codec.TickByTickCodec;
import io.tws4j.protocol.proto.HistoricalProto;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The market data requests: what each sends, what its replies become, and what is checked
 * first. The busy messages arrive already decoded into the records users receive (ticks, rows,
 * bars), which pass through as they are; the few messages that open or close a stream are mapped
 * here.
 */
final class MarketDataRequests {
    private static final Logger log = LoggerFactory.getLogger(MarketDataRequests.class);
    /** The messages that carry a market data stream's ticks. */
    private static final List<InMessage> TICK_MESSAGES = List.of(InMessage.TICK_PRICE, InMessage.TICK_SIZE,
            InMessage.TICK_GENERIC, InMessage.TICK_STRING, InMessage.TICK_OPTION_COMPUTATION, InMessage.TICK_REQ_PARAMS,
            InMessage.MARKET_DATA_TYPE);

    private MarketDataRequests() {}

    /**
     * A stream of ticks; a snapshot completes after its end marker, which it delivers first. A
     * snapshot is no subscription: it is never sent again under a new id, since the ticks it
     * delivered before a loss would come twice.
     */
    static StreamSpec<Tick> ticks(MarketDataRequest request) {
        requireIdentified(request.contract());
        StreamSpec.Builder<Tick> spec = StreamSpec.<Tick>byRequestId(
                        (request.isSnapshot() ? "market data snapshot of " : "market data of ") + request.contract().describe(),
                        OutMessage.REQ_MKT_DATA, id -> MarketDataCodec.marketDataRequest(id, request))
                .cancel(OutMessage.CANCEL_MKT_DATA, MarketDataCodec::cancelMarketData)
                .resumable(!request.isSnapshot());
        for (InMessage type : TICK_MESSAGES) {
            spec.on(type, Object.class, (message, sink) -> sink.next(tick(type, message)));
        }
        return spec.on(InMessage.TICK_SNAPSHOT_END, MarketDataProto.TickSnapshotEnd.class, (message, sink) -> {
            sink.next(MarketDataCodec.snapshotEnd(message));
            sink.complete();
        }).build();
    }

    /** One snapshot, collected until its end marker, within {@code timeout}. */
    static CallSpec<List<Tick>> snapshotOnce(MarketDataRequest request, Duration timeout) {
        requireIdentified(request.contract());
        return CallSpec.<List<Tick>>byRequestId("market data snapshot of " + request.contract().describe(),
                        OutMessage.REQ_MKT_DATA, id -> MarketDataCodec.marketDataRequest(id, request))
                .cancel(OutMessage.CANCEL_MKT_DATA, MarketDataCodec::cancelMarketData)
                .timeout(timeout)
                .collect(SnapshotCollector::new);
    }

    static StreamSpec<RealTimeBar> realTimeBars(RealTimeBarsRequest request) {
        requireIdentified(request.contract());
        return StreamSpec.<RealTimeBar>byRequestId("real-time bars of " + request.contract().describe(),
                        OutMessage.REQ_REAL_TIME_BARS, id -> RealTimeBarsCodec.realTimeBarsRequest(id, request))
                .cancel(OutMessage.CANCEL_REAL_TIME_BARS, RealTimeBarsCodec::cancelRealTimeBars)
                .on(InMessage.REAL_TIME_BARS, RealTimeBar.class, (bar, sink) -> sink.next(bar))
                .build();
    }

    /**
     * A tick-by-tick stream of one kind of tick: the recent ticks asked for first (which TWS sends
     * as historical ticks), then the live ones. A tick of another kind (TWS sends none) is left out.
     */
    static <T extends TickByTick> StreamSpec<T> tickByTick(TickByTickRequest request, Class<T> kind) {
        requireIdentified(request.contract());
        String name = "tick-by-tick " + request.type().wireValue() + " of " + request.contract().describe();
        StreamSpec.Handler<TickByTick, T> deliver = (tick, sink) -> {
            if (kind.isInstance(tick)) {
                sink.next(kind.cast(tick));
            } else {
                log.warn("{}: ignoring a tick of another kind: {}", name, tick);
            }
        };
        return StreamSpec.<T>byRequestId(name, OutMessage.REQ_TICK_BY_TICK_DATA,
                        id -> TickByTickCodec.tickByTickRequest(id, request))
                .cancel(OutMessage.CANCEL_TICK_BY_TICK_DATA, TickByTickCodec::cancelTickByTick)
                .on(InMessage.TICK_BY_TICK, TickByTick.class, deliver::handle)
                .on(InMessage.HISTORICAL_TICKS_LAST, HistoricalProto.HistoricalTicksLast.class, (message, sink) ->
                        TickByTickCodec.historicalTrades(message, request.type()).forEach(tick -> deliver.handle(tick, sink)))
                .on(InMessage.HISTORICAL_TICKS_BID_ASK, HistoricalProto.HistoricalTicksBidAsk.class, (message, sink) ->
                        TickByTickCodec.historicalQuotes(message).forEach(tick -> deliver.handle(tick, sink)))
                .on(InMessage.HISTORICAL_TICKS, HistoricalProto.HistoricalTicks.class, (message, sink) ->
                        TickByTickCodec.historicalMidpoints(message).forEach(tick -> deliver.handle(tick, sink)))
                .build();
    }

    static StreamSpec<DepthUpdate> depth(MarketDepthRequest request) {
        requireIdentified(request.contract());
        return StreamSpec.<DepthUpdate>byRequestId((request.smartDepth() ? "SMART depth of " : "market depth of ")
                                + request.contract().describe(), OutMessage.REQ_MKT_DEPTH,
                        id -> DepthCodec.marketDepthRequest(id, request))
                .cancel(OutMessage.CANCEL_MKT_DEPTH, id -> DepthCodec.cancelMarketDepth(id, request.smartDepth()))
                .on(InMessage.MARKET_DEPTH, DepthUpdate.class, (update, sink) -> sink.next(update))
                .on(InMessage.MARKET_DEPTH_L2, DepthUpdate.class, (update, sink) -> sink.next(update))
                .build();
    }

    /**
     * Returns the tick a market data message carries: the decoded record itself, or the record of
     * an opening or closing message; null for a message that is no tick (a news tick, a reroute).
     */
    static Tick tick(InMessage type, Object message) {
        return switch (type) {
            case TICK_REQ_PARAMS -> MarketDataCodec.requestParameters((MarketDataProto.TickReqParams) message);
            case MARKET_DATA_TYPE -> MarketDataCodec.marketDataType((MarketDataProto.MarketDataType) message);
            case TICK_SNAPSHOT_END -> MarketDataCodec.snapshotEnd((MarketDataProto.TickSnapshotEnd) message);
            default -> message instanceof Tick tick ? tick : null;
        };
    }

    static void requireIdentified(Contract contract) {
        if (!contract.isIdentified()) {
            throw new InvalidRequestException("the contract identifies nothing: give it a conId, a symbol, a local symbol "
                    + "or a security id (" + contract + ")");
        }
    }

    /** Collects a snapshot's ticks until its end marker, which it leaves out. */
    private static final class SnapshotCollector implements Collector<List<Tick>> {
        private final List<Tick> ticks = new ArrayList<>();

        @Override
        public boolean accept(InMessage type, Object message) {
            Tick tick = tick(type, message);
            if (tick instanceof SnapshotEndTick) {
                return true;
            }
            if (tick != null) {
                ticks.add(tick);
            }
            return false;
        }

        @Override
        public List<Tick> result() {
            return List.copyOf(ticks);
        }
    }
}
