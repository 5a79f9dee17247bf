package io.tws4j.simulator.historical;

import io.tws4j.protocol.proto.HistoricalProto.CancelHeadTimestamp;
import io.tws4j.protocol.proto.HistoricalProto.CancelHistogramData;
import io.tws4j.protocol.proto.HistoricalProto.CancelHistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.CancelHistoricalTicks;
import io.tws4j.protocol.proto.HistoricalProto.HeadTimestampRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistogramDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.market.MarketModel;

/**
 * Answers the historical requests as TWS does, from the seeded market model: bars (one-shot or
 * kept up to date) and trading schedules, ticks of three kinds, head timestamps and histograms;
 * with TWS's validation errors (321, 10314), unknown contracts (200), "no data", step-size and
 * pacing errors (162), and cancels (a query still in the works is reported cancelled with 162).
 *
 * {@snippet :
 * HistoricalHandler.install(engine, instruments, market, HistoricalLimits.tws());
 * }
 */
public final class HistoricalHandler {

    private HistoricalHandler() {}

    /** Installs the handlers of the historical domain on an engine. */
    public static void install(GatewayEngine engine, InstrumentUniverse universe, MarketModel market, HistoricalLimits limits) {
        DataFarm farm = new DataFarm(engine, universe, market, limits);
        BarRequests bars = new BarRequests(farm);
        TickRequests ticks = new TickRequests(farm);
        SummaryRequests summaries = new SummaryRequests(farm);
        engine.register(OutMessage.REQ_HISTORICAL_DATA, HistoricalDataRequest.class, bars::handle);
        engine.register(OutMessage.CANCEL_HISTORICAL_DATA, CancelHistoricalData.class,
                (session, request) -> farm.cancel(session, request.getReqId()));
        engine.register(OutMessage.REQ_HISTORICAL_TICKS, HistoricalTicksRequest.class, ticks::handle);
        engine.register(OutMessage.CANCEL_HISTORICAL_TICKS, CancelHistoricalTicks.class,
                (session, request) -> farm.cancel(session, request.getReqId()));
        engine.register(OutMessage.REQ_HEAD_TIMESTAMP, HeadTimestampRequest.class, summaries::headTimestamp);
        engine.register(OutMessage.CANCEL_HEAD_TIMESTAMP, CancelHeadTimestamp.class,
                (session, request) -> farm.cancel(session, request.getReqId()));
        engine.register(OutMessage.REQ_HISTOGRAM_DATA, HistogramDataRequest.class, summaries::histogram);
        engine.register(OutMessage.CANCEL_HISTOGRAM_DATA, CancelHistogramData.class,
                (session, request) -> farm.cancel(session, request.getReqId()));
    }
}
