package io.tws4j.marketdata.codec;

import com.google.protobuf.CodedInputStream;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.marketdata.BidAskAttributes;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.TickByTick;
import io.tws4j.marketdata.TickByTickRequest;
import io.tws4j.marketdata.TickByTickType;
import io.tws4j.marketdata.TradeAttributes;
import io.tws4j.marketdata.TradeTick;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTick;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicks;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksLast;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTickBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTickLast;
import io.tws4j.protocol.proto.HistoricalProto.TickAttribBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.TickAttribLast;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.proto.MarketDataProto.TickByTickData;
import io.tws4j.protocol.wire.Decimals;
import io.tws4j.protocol.wire.FieldTags;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Both directions of tick-by-tick data ({@code reqTickByTickData}). TICK_BY_TICK carries one of
 * three nested ticks; {@link #readTickByTick} decodes it straight from the frame as the generated
 * classes do: the last kind seen wins, and a repeated nested tick merges with the earlier one of
 * its kind (protobuf-java keeps each kind's builder, even across a change of kind).
 * A message without a nested tick is read by its tick type; one without either is malformed. The
 * midpoint's size, which TWS leaves empty, is not part of {@link MidpointTick}.
 */
public final class TickByTickCodec {
    private static final int REQ_ID = FieldTags.varint(1);
    private static final int TICK_TYPE = FieldTags.varint(2);
    private static final int LAST = FieldTags.lengthDelimited(3);
    private static final int BID_ASK = FieldTags.lengthDelimited(4);
    private static final int MIDPOINT = FieldTags.lengthDelimited(5);
    private static final int TIME = FieldTags.varint(1);
    private static final int ATTRIBUTES = FieldTags.lengthDelimited(2);
    private static final int FLAG_1 = FieldTags.varint(1);
    private static final int FLAG_2 = FieldTags.varint(2);
    private static final int DOUBLE_2 = FieldTags.fixed64(2);
    private static final int DOUBLE_3 = FieldTags.fixed64(3);
    private static final int DOUBLE_4 = FieldTags.fixed64(4);
    private static final int TEXT_3 = FieldTags.lengthDelimited(3);
    private static final int TEXT_4 = FieldTags.lengthDelimited(4);
    private static final int TEXT_5 = FieldTags.lengthDelimited(5);
    private static final int TEXT_6 = FieldTags.lengthDelimited(6);
    private static final ThreadLocal<Fields> SCRATCH = ThreadLocal.withInitial(Fields::new);

    private TickByTickCodec() {}

    /** Decodes a TickByTickData body. */
    public static TickByTick readTickByTick(CodedInputStream in) throws IOException {
        Fields f = SCRATCH.get();
        f.reset();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag == REQ_ID) {
                f.requestId = in.readInt32();
            } else if (tag == TICK_TYPE) {
                f.tickType = in.readInt32();
            } else if (tag == LAST || tag == BID_ASK || tag == MIDPOINT) {
                f.kind = tag >>> 3;
                int limit = in.pushLimit(in.readRawVarint32());
                readNested(in, f.nested[f.kind], f.kind);
                in.checkLastTagWas(0);
                in.popLimit(limit);
            } else {
                in.skipField(tag);
            }
        }
        return f.tick();
    }

    /**
     * Maps a generated TickByTickData to its record, as {@link #readTickByTick} does from bytes.
     *
     * @throws IllegalArgumentException if it carries neither a tick nor a tick type that says which
     */
    public static TickByTick tickByTick(TickByTickData message) {
        int requestId = message.getReqId();
        TickByTickType tradeType = tradeType(message.getTickType());
        return switch (kind(message.getTickCase().getNumber(), message.getTickType())) {
            case 3 -> {
                HistoricalTickLast last = message.getHistoricalTickLast();
                yield new TradeTick(requestId, tradeType, Instant.ofEpochSecond(last.getTime()), last.getPrice(),
                        WireReads.decimalOrZero(last.getSize()),
                        TradeAttributes.of(last.getTickAttribLast().getPastLimit(), last.getTickAttribLast().getUnreported()),
                        last.getExchange(), last.getSpecialConditions());
            }
            case 4 -> {
                HistoricalTickBidAsk quote = message.getHistoricalTickBidAsk();
                yield new BidAskTick(requestId, Instant.ofEpochSecond(quote.getTime()), quote.getPriceBid(), quote.getPriceAsk(),
                        WireReads.decimalOrZero(quote.getSizeBid()), WireReads.decimalOrZero(quote.getSizeAsk()),
                        BidAskAttributes.of(quote.getTickAttribBidAsk().getBidPastLow(),
                                quote.getTickAttribBidAsk().getAskPastHigh()));
            }
            default -> {
                HistoricalTick mid = message.getHistoricalTickMidPoint();
                yield new MidpointTick(requestId, Instant.ofEpochSecond(mid.getTime()), mid.getPrice());
            }
        };
    }

    /** Encodes a tick-by-tick tick as the gateway sends it. */
    public static TickByTickData tickByTick(TickByTick tick) {
        TickByTickData.Builder message = TickByTickData.newBuilder().setReqId(tick.requestId());
        switch (tick) {
            case TradeTick trade -> {
                HistoricalTickLast.Builder last = HistoricalTickLast.newBuilder()
                        .setTime(trade.time().getEpochSecond())
                        .setPrice(trade.price())
                        .setSize(Decimals.format(trade.size()))
                        .setTickAttribLast(TickAttribLast.newBuilder()
                                .setPastLimit(trade.attributes().pastLimit()).setUnreported(trade.attributes().unreported()));
                if (!trade.exchange().isEmpty()) {
                    last.setExchange(trade.exchange());
                }
                if (!trade.specialConditions().isEmpty()) {
                    last.setSpecialConditions(trade.specialConditions());
                }
                message.setTickType(trade.type().id()).setHistoricalTickLast(last);
            }
            case BidAskTick quote -> message.setTickType(TickByTickType.BID_ASK.id())
                    .setHistoricalTickBidAsk(HistoricalTickBidAsk.newBuilder()
                            .setTime(quote.time().getEpochSecond())
                            .setPriceBid(quote.bidPrice())
                            .setPriceAsk(quote.askPrice())
                            .setSizeBid(Decimals.format(quote.bidSize()))
                            .setSizeAsk(Decimals.format(quote.askSize()))
                            .setTickAttribBidAsk(TickAttribBidAsk.newBuilder()
                                    .setBidPastLow(quote.attributes().bidPastLow())
                                    .setAskPastHigh(quote.attributes().askPastHigh())));
            case MidpointTick mid -> message.setTickType(TickByTickType.MIDPOINT.id())
                    .setHistoricalTickMidPoint(HistoricalTick.newBuilder()
                            .setTime(mid.time().getEpochSecond()).setPrice(mid.midpoint()));
        }
        return message.build();
    }

    /**
     * Encodes the recent ticks a tick-by-tick request asked for first ({@code numberOfTicks}), as
     * TWS sends them before the live ones: trades as HISTORICAL_TICKS_LAST, quotes as
     * HISTORICAL_TICKS_BID_ASK, midpoints as HISTORICAL_TICKS, each list marked done.
     *
     * @throws IllegalArgumentException if the ticks are not all of one kind
     */
    public static com.google.protobuf.Message historicalTicks(int requestId, TickByTickType type, List<? extends TickByTick> ticks) {
        return switch (type) {
            case LAST, ALL_LAST -> HistoricalTicksLast.newBuilder().setReqId(requestId).setIsDone(true)
                    .addAllHistoricalTicksLast(ticks.stream().map(tick -> tickByTick(tick).getHistoricalTickLast()).toList())
                    .build();
            case BID_ASK -> HistoricalTicksBidAsk.newBuilder().setReqId(requestId).setIsDone(true)
                    .addAllHistoricalTicksBidAsk(ticks.stream().map(tick -> tickByTick(tick).getHistoricalTickBidAsk()).toList())
                    .build();
            case MIDPOINT -> HistoricalTicks.newBuilder().setReqId(requestId).setIsDone(true)
                    .addAllHistoricalTicks(ticks.stream().map(tick -> tickByTick(tick).getHistoricalTickMidPoint()).toList())
                    .build();
        };
    }

    /** Maps the recent trades sent first to a tick-by-tick request of {@code type}. */
    public static List<TradeTick> historicalTrades(HistoricalTicksLast message, TickByTickType type) {
        return message.getHistoricalTicksLastList().stream()
                .map(last -> (TradeTick) tickByTick(TickByTickData.newBuilder().setReqId(message.getReqId())
                        .setTickType(type.id()).setHistoricalTickLast(last).build()))
                .toList();
    }

    /** Maps the recent quotes sent first to a bid/ask tick-by-tick request. */
    public static List<BidAskTick> historicalQuotes(HistoricalTicksBidAsk message) {
        return message.getHistoricalTicksBidAskList().stream()
                .map(quote -> (BidAskTick) tickByTick(TickByTickData.newBuilder().setReqId(message.getReqId())
                        .setHistoricalTickBidAsk(quote).build()))
                .toList();
    }

    /** Maps the recent midpoints sent first to a midpoint tick-by-tick request. */
    public static List<MidpointTick> historicalMidpoints(HistoricalTicks message) {
        return message.getHistoricalTicksList().stream()
                .map(mid -> (MidpointTick) tickByTick(TickByTickData.newBuilder().setReqId(message.getReqId())
                        .setHistoricalTickMidPoint(mid).build()))
                .toList();
    }

    /** Encodes a tick-by-tick request. */
    public static MarketDataProto.TickByTickRequest tickByTickRequest(int requestId, TickByTickRequest request) {
        MarketDataProto.TickByTickRequest.Builder message = MarketDataProto.TickByTickRequest.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(request.contract()))
                .setTickType(request.type().wireValue());
        if (request.historicalTicks() > 0) {
            message.setNumberOfTicks(request.historicalTicks());
        }
        if (request.ignoreSize()) {
            message.setIgnoreSize(true);
        }
        return message.build();
    }

    /**
     * Decodes a tick-by-tick request, as the gateway reads it.
     *
     * @throws IllegalArgumentException if the tick type or the number of ticks is not one TWS accepts
     */
    public static TickByTickRequest tickByTickRequest(MarketDataProto.TickByTickRequest message) {
        return new TickByTickRequest(ContractsCodec.contract(message.getContract()),
                TickByTickType.fromWireValue(message.getTickType()), message.getNumberOfTicks(), message.getIgnoreSize());
    }

    /** Encodes the cancel of a tick-by-tick request. */
    public static MarketDataProto.CancelTickByTick cancelTickByTick(int requestId) {
        return MarketDataProto.CancelTickByTick.newBuilder().setReqId(requestId).build();
    }

    private static void readNested(CodedInputStream in, Nested f, int kind) throws IOException {
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag == TIME) {
                f.time = in.readInt64();
            } else if (tag == ATTRIBUTES && kind != 5) {
                int limit = in.pushLimit(in.readRawVarint32());
                for (int flag = in.readTag(); flag != 0; flag = in.readTag()) {
                    if (flag == FLAG_1) {
                        f.flag1 = in.readBool();
                    } else if (flag == FLAG_2) {
                        f.flag2 = in.readBool();
                    } else {
                        in.skipField(flag);
                    }
                }
                in.checkLastTagWas(0);
                in.popLimit(limit);
            } else if (kind == 5 ? tag == DOUBLE_2 : tag == DOUBLE_3) {
                f.price = in.readDouble();
            } else if (kind == 4 && tag == DOUBLE_4) {
                f.price2 = in.readDouble();
            } else if (kind == 3 && tag == TEXT_4 || kind == 4 && tag == TEXT_5) {
                f.size = WireReads.decimalOrUnreadable(in);
            } else if (kind == 4 && tag == TEXT_6) {
                f.size2 = WireReads.decimalOrUnreadable(in);
            } else if (kind == 3 && tag == TEXT_5) {
                f.exchange = WireReads.cachedString(in);
            } else if (kind == 3 && tag == TEXT_6) {
                f.specialConditions = WireReads.cachedString(in);
            } else if (kind == 5 && tag == TEXT_3) {
                in.readStringRequireUtf8();
            } else {
                in.skipField(tag);
            }
        }
    }

    /** The nested tick's field number: the one sent, else the one the tick type implies. */
    private static int kind(int tickCase, int tickType) {
        if (tickCase != 0) {
            return tickCase;
        }
        return switch (tickType) {
            case 1, 2 -> 3;
            case 3 -> 4;
            case 4 -> 5;
            default -> throw new IllegalArgumentException("a tick-by-tick message carries no tick, and tick type " + tickType
                    + " does not say which");
        };
    }

    private static TickByTickType tradeType(int tickType) {
        return tickType == TickByTickType.ALL_LAST.id() ? TickByTickType.ALL_LAST : TickByTickType.LAST;
    }

    /** One message's fields while it is read; one instance per reading thread. */
    private static final class Fields {
        final Nested[] nested = {null, null, null, new Nested(), new Nested(), new Nested()};
        int requestId;
        int tickType;
        int kind;

        void reset() {
            requestId = 0;
            tickType = 0;
            kind = 0;
            for (int i = 3; i < nested.length; i++) {
                nested[i].reset();
            }
        }

        TickByTick tick() {
            int decided = kind(kind, tickType);
            Nested f = nested[decided];
            WireReads.readable(f.size, "a tick-by-tick size");
            WireReads.readable(f.size2, "a tick-by-tick size");
            Instant at = Instant.ofEpochSecond(f.time);
            return switch (decided) {
                case 3 -> new TradeTick(requestId, tradeType(tickType), at, f.price, orZero(f.size),
                        TradeAttributes.of(f.flag1, f.flag2), f.exchange, f.specialConditions);
                case 4 -> new BidAskTick(requestId, at, f.price, f.price2, orZero(f.size), orZero(f.size2),
                        BidAskAttributes.of(f.flag1, f.flag2));
                default -> new MidpointTick(requestId, at, f.price);
            };
        }

        private static BigDecimal orZero(BigDecimal value) {
            return value == null ? BigDecimal.ZERO : value;
        }
    }

    /**
     * The fields of one kind of nested tick. A size whose text is not a number fails the message
     * only if no later value of the field replaces it, as the generated classes parse only the last.
     */
    private static final class Nested {
        long time;
        boolean flag1;
        boolean flag2;
        double price;
        double price2;
        BigDecimal size;
        BigDecimal size2;
        String exchange;
        String specialConditions;

        void reset() {
            time = 0;
            flag1 = false;
            flag2 = false;
            price = 0;
            price2 = 0;
            size = null;
            size2 = null;
            exchange = "";
            specialConditions = "";
        }
    }
}
