package io.tws4j.historical.codec;

import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.TicksRequest;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.protocol.proto.HistoricalProto;
import io.tws4j.protocol.proto.HistoricalProto.CancelHistoricalTicks;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTickBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTickLast;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicks;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksLast;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksRequest;
import io.tws4j.protocol.proto.HistoricalProto.TickAttribBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.TickAttribLast;
import io.tws4j.protocol.wire.Decimals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Both directions of the historical ticks messages. Tick times travel as epoch seconds; sizes as
 * decimal text; attribute flags only when set, as TWS leaves unset values off the wire.
 */
public final class HistoricalTicksCodec {

    private HistoricalTicksCodec() {}

    /** Encodes a ticks request; the one of start and end that is set travels. */
    public static HistoricalTicksRequest ticksRequest(int requestId, TicksRequest request) {
        HistoricalTicksRequest.Builder wire = HistoricalTicksRequest.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(request.contract()))
                .setNumberOfTicks(request.count())
                .setWhatToShow(request.whatToShow().wireValue());
        request.start().ifPresent(start -> wire.setStartDateTime(WireDates.requestTime(start)));
        request.end().ifPresent(end -> wire.setEndDateTime(WireDates.requestTime(end)));
        if (request.hours().useRth()) {
            wire.setUseRth(true);
        }
        if (request.ignoreSize()) {
            wire.setIgnoreSize(true);
        }
        return wire.build();
    }

    /** Encodes the cancel of a ticks request (server version 215 and newer). */
    public static CancelHistoricalTicks cancelTicks(int requestId) {
        return CancelHistoricalTicks.newBuilder().setReqId(requestId).build();
    }

    /** Encodes midpoint ticks (HISTORICAL_TICKS); midpoints carry no size. */
    public static HistoricalTicks midpoints(int requestId, List<HistoricalMidpoint> ticks, boolean done) {
        HistoricalTicks.Builder wire = HistoricalTicks.newBuilder().setReqId(requestId).setIsDone(done);
        for (HistoricalMidpoint tick : ticks) {
            wire.addHistoricalTicks(HistoricalProto.HistoricalTick.newBuilder()
                    .setTime(tick.time().getEpochSecond()).setPrice(tick.price()).setSize("0"));
        }
        return wire.build();
    }

    /** Decodes midpoint ticks. */
    public static List<HistoricalMidpoint> midpoints(HistoricalTicks message) {
        List<HistoricalMidpoint> ticks = new ArrayList<>(message.getHistoricalTicksCount());
        for (HistoricalProto.HistoricalTick tick : message.getHistoricalTicksList()) {
            ticks.add(new HistoricalMidpoint(Instant.ofEpochSecond(tick.getTime()), tick.getPrice()));
        }
        return ticks;
    }

    /** Encodes trade ticks (HISTORICAL_TICKS_LAST). */
    public static HistoricalTicksLast trades(int requestId, List<HistoricalTrade> ticks, boolean done) {
        HistoricalTicksLast.Builder wire = HistoricalTicksLast.newBuilder().setReqId(requestId).setIsDone(done);
        for (HistoricalTrade tick : ticks) {
            HistoricalTickLast.Builder last = HistoricalTickLast.newBuilder()
                    .setTime(tick.time().getEpochSecond()).setPrice(tick.price())
                    .setSize(Decimals.format(tick.size())).setExchange(tick.exchange());
            if (!tick.specialConditions().isEmpty()) {
                last.setSpecialConditions(tick.specialConditions());
            }
            if (tick.pastLimit() || tick.unreported()) {
                last.setTickAttribLast(attributes(tick.pastLimit(), tick.unreported()));
            }
            wire.addHistoricalTicksLast(last);
        }
        return wire.build();
    }

    /** Decodes trade ticks. */
    public static List<HistoricalTrade> trades(HistoricalTicksLast message) {
        List<HistoricalTrade> ticks = new ArrayList<>(message.getHistoricalTicksLastCount());
        for (HistoricalTickLast tick : message.getHistoricalTicksLastList()) {
            ticks.add(new HistoricalTrade(Instant.ofEpochSecond(tick.getTime()), tick.getPrice(),
                    HistoricalCodec.decimal(tick.getSize()), tick.getExchange(), tick.getSpecialConditions(),
                    tick.getTickAttribLast().getPastLimit(), tick.getTickAttribLast().getUnreported()));
        }
        return ticks;
    }

    /** Encodes bid-ask ticks (HISTORICAL_TICKS_BID_ASK). */
    public static HistoricalTicksBidAsk bidAsks(int requestId, List<HistoricalBidAsk> ticks, boolean done) {
        HistoricalTicksBidAsk.Builder wire = HistoricalTicksBidAsk.newBuilder().setReqId(requestId).setIsDone(done);
        for (HistoricalBidAsk tick : ticks) {
            HistoricalTickBidAsk.Builder quote = HistoricalTickBidAsk.newBuilder()
                    .setTime(tick.time().getEpochSecond())
                    .setPriceBid(tick.bidPrice()).setPriceAsk(tick.askPrice())
                    .setSizeBid(Decimals.format(tick.bidSize())).setSizeAsk(Decimals.format(tick.askSize()));
            if (tick.bidPastLow() || tick.askPastHigh()) {
                TickAttribBidAsk.Builder attributes = TickAttribBidAsk.newBuilder();
                if (tick.bidPastLow()) {
                    attributes.setBidPastLow(true);
                }
                if (tick.askPastHigh()) {
                    attributes.setAskPastHigh(true);
                }
                quote.setTickAttribBidAsk(attributes);
            }
            wire.addHistoricalTicksBidAsk(quote);
        }
        return wire.build();
    }

    /** Decodes bid-ask ticks. */
    public static List<HistoricalBidAsk> bidAsks(HistoricalTicksBidAsk message) {
        List<HistoricalBidAsk> ticks = new ArrayList<>(message.getHistoricalTicksBidAskCount());
        for (HistoricalTickBidAsk tick : message.getHistoricalTicksBidAskList()) {
            ticks.add(new HistoricalBidAsk(Instant.ofEpochSecond(tick.getTime()), tick.getPriceBid(), tick.getPriceAsk(),
                    HistoricalCodec.decimal(tick.getSizeBid()), HistoricalCodec.decimal(tick.getSizeAsk()),
                    tick.getTickAttribBidAsk().getBidPastLow(), tick.getTickAttribBidAsk().getAskPastHigh()));
        }
        return ticks;
    }

    private static TickAttribLast attributes(boolean pastLimit, boolean unreported) {
        TickAttribLast.Builder attributes = TickAttribLast.newBuilder();
        if (pastLimit) {
            attributes.setPastLimit(true);
        }
        if (unreported) {
            attributes.setUnreported(true);
        }
        return attributes.build();
    }
}
