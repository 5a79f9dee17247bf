package io.tws4j.marketdata.codec;

import com.google.protobuf.CodedInputStream;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.marketdata.GenericTick;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MarketDataTypeTick;
import io.tws4j.marketdata.OptionComputationTick;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.RequestParametersTick;
import io.tws4j.marketdata.SizeTick;
import io.tws4j.marketdata.SnapshotEndTick;
import io.tws4j.marketdata.StringTick;
import io.tws4j.marketdata.TickAttributes;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.wire.Decimals;
import io.tws4j.protocol.wire.FieldTags;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Both directions of the market data messages. The tick messages of a busy stream are decoded
 * straight from the frame into records ({@code read*}), with protobuf-java's
 * {@link CodedInputStream} but without the generated classes, which would allocate a message
 * and a string per tick; {@code MarketDataCodecTest} holds the two paths to the same result.
 */
public final class MarketDataCodec {
    private static final int REQ_ID = FieldTags.varint(1);
    private static final int TICK_TYPE = FieldTags.varint(2);
    private static final int PRICE = FieldTags.fixed64(3);
    private static final int PRICE_SIZE = FieldTags.lengthDelimited(4);
    private static final int ATTR_MASK = FieldTags.varint(5);
    private static final int FIELD_3_LENGTH_DELIMITED = FieldTags.lengthDelimited(3);
    private static final int FIELD_3_FIXED64 = FieldTags.fixed64(3);
    private static final int TICK_ATTRIB = FieldTags.varint(3);
    private static final int IMPLIED_VOL = FieldTags.fixed64(4);
    private static final int DELTA = FieldTags.fixed64(5);
    private static final int OPT_PRICE = FieldTags.fixed64(6);
    private static final int PV_DIVIDEND = FieldTags.fixed64(7);
    private static final int GAMMA = FieldTags.fixed64(8);
    private static final int VEGA = FieldTags.fixed64(9);
    private static final int THETA = FieldTags.fixed64(10);
    private static final int UND_PRICE = FieldTags.fixed64(11);
    private static final double NOT_COMPUTED_PRICE = -1;
    private static final double NOT_COMPUTED_GREEK = -2;

    private MarketDataCodec() {}

    /** Decodes a TickPrice body. */
    public static PriceTick readTickPrice(CodedInputStream in) throws IOException {
        int requestId = 0;
        int tickType = 0;
        double price = 0;
        BigDecimal size = null;
        int mask = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag == REQ_ID) {
                requestId = in.readInt32();
            } else if (tag == TICK_TYPE) {
                tickType = in.readInt32();
            } else if (tag == PRICE) {
                price = in.readDouble();
            } else if (tag == PRICE_SIZE) {
                size = WireReads.decimalOrUnreadable(in);
            } else if (tag == ATTR_MASK) {
                mask = in.readInt32();
            } else {
                in.skipField(tag);
            }
        }
        return new PriceTick(requestId, TickType.of(tickType), price, WireReads.readable(size, "a price tick's size"),
                TickAttributes.of(mask));
    }

    /** Decodes a TickSize body; an absent size is zero, as the generated class reads it. */
    public static SizeTick readTickSize(CodedInputStream in) throws IOException {
        int requestId = 0;
        int tickType = 0;
        BigDecimal size = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag == REQ_ID) {
                requestId = in.readInt32();
            } else if (tag == TICK_TYPE) {
                tickType = in.readInt32();
            } else if (tag == FIELD_3_LENGTH_DELIMITED) {
                size = WireReads.decimalOrUnreadable(in);
            } else {
                in.skipField(tag);
            }
        }
        BigDecimal readSize = WireReads.readable(size, "a size tick's size");
        return new SizeTick(requestId, TickType.of(tickType), readSize == null ? BigDecimal.ZERO : readSize);
    }

    /** Decodes a TickGeneric body. */
    public static GenericTick readTickGeneric(CodedInputStream in) throws IOException {
        int requestId = 0;
        int tickType = 0;
        double value = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag == REQ_ID) {
                requestId = in.readInt32();
            } else if (tag == TICK_TYPE) {
                tickType = in.readInt32();
            } else if (tag == FIELD_3_FIXED64) {
                value = in.readDouble();
            } else {
                in.skipField(tag);
            }
        }
        return new GenericTick(requestId, TickType.of(tickType), value);
    }

    /** Decodes a TickString body. */
    public static StringTick readTickString(CodedInputStream in) throws IOException {
        int requestId = 0;
        int tickType = 0;
        String value = "";
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (tag == REQ_ID) {
                requestId = in.readInt32();
            } else if (tag == TICK_TYPE) {
                tickType = in.readInt32();
            } else if (tag == FIELD_3_LENGTH_DELIMITED) {
                value = in.readStringRequireUtf8();
            } else {
                in.skipField(tag);
            }
        }
        return new StringTick(requestId, TickType.of(tickType), value);
    }

    /** Maps a generated TickPrice to its record, as {@link #readTickPrice} does from bytes. */
    public static PriceTick tickPrice(MarketDataProto.TickPrice message) {
        return new PriceTick(message.getReqId(), TickType.of(message.getTickType()), message.getPrice(),
                message.hasSize() && !message.getSize().isEmpty() ? Decimals.parse(message.getSize()) : null,
                TickAttributes.of(message.getAttrMask()));
    }

    /** Encodes a price tick as the gateway sends it. */
    public static MarketDataProto.TickPrice tickPrice(PriceTick tick) {
        MarketDataProto.TickPrice.Builder message = MarketDataProto.TickPrice.newBuilder()
                .setReqId(tick.requestId())
                .setTickType(tick.type().id())
                .setPrice(tick.price())
                .setAttrMask(tick.attributes().mask());
        if (tick.size() != null) {
            message.setSize(Decimals.format(tick.size()));
        }
        return message.build();
    }

    /** Maps a generated TickSize to its record. */
    public static SizeTick tickSize(MarketDataProto.TickSize message) {
        return new SizeTick(message.getReqId(), TickType.of(message.getTickType()),
                message.getSize().isEmpty() ? BigDecimal.ZERO : Decimals.parse(message.getSize()));
    }

    /** Encodes a size tick. */
    public static MarketDataProto.TickSize tickSize(SizeTick tick) {
        return MarketDataProto.TickSize.newBuilder()
                .setReqId(tick.requestId())
                .setTickType(tick.type().id())
                .setSize(Decimals.format(tick.size()))
                .build();
    }

    /** Maps a generated TickGeneric to its record. */
    public static GenericTick tickGeneric(MarketDataProto.TickGeneric message) {
        return new GenericTick(message.getReqId(), TickType.of(message.getTickType()), message.getValue());
    }

    /** Encodes a generic tick. */
    public static MarketDataProto.TickGeneric tickGeneric(GenericTick tick) {
        return MarketDataProto.TickGeneric.newBuilder()
                .setReqId(tick.requestId()).setTickType(tick.type().id()).setValue(tick.value()).build();
    }

    /** Maps a generated TickString to its record. */
    public static StringTick tickString(MarketDataProto.TickString message) {
        return new StringTick(message.getReqId(), TickType.of(message.getTickType()), message.getValue());
    }

    /** Encodes a string tick. */
    public static MarketDataProto.TickString tickString(StringTick tick) {
        return MarketDataProto.TickString.newBuilder()
                .setReqId(tick.requestId()).setTickType(tick.type().id()).setValue(tick.value()).build();
    }

    /** Decodes a TickOptionComputation body; values TWS did not compute become NaN. */
    public static OptionComputationTick readTickOptionComputation(CodedInputStream in) throws IOException {
        int requestId = 0;
        int tickType = 0;
        int attrib = 0;
        double impliedVol = Double.NaN;
        double delta = Double.NaN;
        double optPrice = Double.NaN;
        double pvDividend = Double.NaN;
        double gamma = Double.NaN;
        double vega = Double.NaN;
        double theta = Double.NaN;
        double undPrice = Double.NaN;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> requestId = tag == REQ_ID ? in.readInt32() : skip(in, tag, requestId);
                case 2 -> tickType = tag == TICK_TYPE ? in.readInt32() : skip(in, tag, tickType);
                case 3 -> attrib = tag == TICK_ATTRIB ? in.readInt32() : skip(in, tag, attrib);
                case 4 -> impliedVol = tag == IMPLIED_VOL ? in.readDouble() : skip(in, tag, impliedVol);
                case 5 -> delta = tag == DELTA ? in.readDouble() : skip(in, tag, delta);
                case 6 -> optPrice = tag == OPT_PRICE ? in.readDouble() : skip(in, tag, optPrice);
                case 7 -> pvDividend = tag == PV_DIVIDEND ? in.readDouble() : skip(in, tag, pvDividend);
                case 8 -> gamma = tag == GAMMA ? in.readDouble() : skip(in, tag, gamma);
                case 9 -> vega = tag == VEGA ? in.readDouble() : skip(in, tag, vega);
                case 10 -> theta = tag == THETA ? in.readDouble() : skip(in, tag, theta);
                case 11 -> undPrice = tag == UND_PRICE ? in.readDouble() : skip(in, tag, undPrice);
                default -> in.skipField(tag);
            }
        }
        return new OptionComputationTick(requestId, TickType.of(tickType), attrib == 1, volatility(impliedVol),
                greek(delta), price(optPrice), price(pvDividend), greek(gamma), greek(vega), greek(theta), price(undPrice));
    }

    /** Maps a generated TickOptionComputation to its record, as {@link #readTickOptionComputation} does from bytes. */
    public static OptionComputationTick tickOptionComputation(MarketDataProto.TickOptionComputation message) {
        return new OptionComputationTick(message.getReqId(), TickType.of(message.getTickType()), message.getTickAttrib() == 1,
                volatility(message.hasImpliedVol() ? message.getImpliedVol() : Double.NaN),
                greek(message.hasDelta() ? message.getDelta() : Double.NaN),
                price(message.hasOptPrice() ? message.getOptPrice() : Double.NaN),
                price(message.hasPvDividend() ? message.getPvDividend() : Double.NaN),
                greek(message.hasGamma() ? message.getGamma() : Double.NaN),
                greek(message.hasVega() ? message.getVega() : Double.NaN),
                greek(message.hasTheta() ? message.getTheta() : Double.NaN),
                price(message.hasUndPrice() ? message.getUndPrice() : Double.NaN));
    }

    /** Encodes an option computation, writing TWS's sentinels for values not computed. */
    public static MarketDataProto.TickOptionComputation tickOptionComputation(OptionComputationTick tick) {
        MarketDataProto.TickOptionComputation.Builder message = MarketDataProto.TickOptionComputation.newBuilder()
                .setReqId(tick.requestId())
                .setTickType(tick.type().id())
                .setImpliedVol(orSentinel(tick.impliedVolatility(), NOT_COMPUTED_PRICE))
                .setDelta(orSentinel(tick.delta(), NOT_COMPUTED_GREEK))
                .setOptPrice(orSentinel(tick.optionPrice(), NOT_COMPUTED_PRICE))
                .setPvDividend(orSentinel(tick.pvDividend(), NOT_COMPUTED_PRICE))
                .setGamma(orSentinel(tick.gamma(), NOT_COMPUTED_GREEK))
                .setVega(orSentinel(tick.vega(), NOT_COMPUTED_GREEK))
                .setTheta(orSentinel(tick.theta(), NOT_COMPUTED_GREEK))
                .setUndPrice(orSentinel(tick.underlyingPrice(), NOT_COMPUTED_PRICE));
        if (tick.priceBased()) {
            message.setTickAttrib(1);
        }
        return message.build();
    }

    /** Maps a TickSnapshotEnd. */
    public static SnapshotEndTick snapshotEnd(MarketDataProto.TickSnapshotEnd message) {
        return new SnapshotEndTick(message.getReqId());
    }

    /** Encodes the end of a snapshot. */
    public static MarketDataProto.TickSnapshotEnd snapshotEnd(int requestId) {
        return MarketDataProto.TickSnapshotEnd.newBuilder().setReqId(requestId).build();
    }

    /** Maps a TickReqParams; an absent minimum tick is zero. */
    public static RequestParametersTick requestParameters(MarketDataProto.TickReqParams message) {
        return new RequestParametersTick(message.getReqId(), WireReads.decimalOrZero(message.getMinTick()),
                message.getBboExchange(), message.getSnapshotPermissions(), message.getLastPricePrecision(),
                message.getLastSizePrecision());
    }

    /** Encodes a request's parameters, leaving empty values off the wire. */
    public static MarketDataProto.TickReqParams requestParameters(RequestParametersTick tick) {
        MarketDataProto.TickReqParams.Builder message = MarketDataProto.TickReqParams.newBuilder()
                .setReqId(tick.requestId())
                .setSnapshotPermissions(tick.snapshotPermissions());
        if (tick.minTick().signum() != 0) {
            message.setMinTick(Decimals.format(tick.minTick()));
        }
        if (!tick.bboExchange().isEmpty()) {
            message.setBboExchange(tick.bboExchange());
        }
        if (!tick.lastPricePrecision().isEmpty()) {
            message.setLastPricePrecision(tick.lastPricePrecision());
        }
        if (!tick.lastSizePrecision().isEmpty()) {
            message.setLastSizePrecision(tick.lastSizePrecision());
        }
        return message.build();
    }

    /**
     * Maps a MarketDataType message.
     *
     * @throws IllegalArgumentException for a type TWS does not define
     */
    public static MarketDataTypeTick marketDataType(MarketDataProto.MarketDataType message) {
        return new MarketDataTypeTick(message.getReqId(), MarketDataType.of(message.getMarketDataType()));
    }

    /** Encodes the kind of data a request receives. */
    public static MarketDataProto.MarketDataType marketDataType(MarketDataTypeTick tick) {
        return MarketDataProto.MarketDataType.newBuilder()
                .setReqId(tick.requestId()).setMarketDataType(tick.marketDataType().id()).build();
    }

    /** Encodes a market data request. */
    public static MarketDataProto.MarketDataRequest marketDataRequest(int requestId, MarketDataRequest request) {
        MarketDataProto.MarketDataRequest.Builder message = MarketDataProto.MarketDataRequest.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(request.contract()))
                .putAllMarketDataOptions(request.options());
        if (!request.genericTicks().isEmpty()) {
            message.setGenericTickList(request.genericTicks().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (request.snapshot()) {
            message.setSnapshot(true);
        }
        if (request.regulatorySnapshot()) {
            message.setRegulatorySnapshot(true);
        }
        return message.build();
    }

    /**
     * Decodes a market data request, as the gateway reads it.
     *
     * @throws IllegalArgumentException if the generic tick list is not a comma-separated list of numbers
     */
    public static MarketDataRequest marketDataRequest(MarketDataProto.MarketDataRequest message) {
        List<Integer> genericTicks = new ArrayList<>();
        for (String id : message.getGenericTickList().split(",")) {
            if (!id.isBlank()) {
                try {
                    genericTicks.add(Integer.parseInt(id.strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + id.strip() + "' in the generic tick list is not a number");
                }
            }
        }
        return new MarketDataRequest(ContractsCodec.contract(message.getContract()), genericTicks, message.getSnapshot(),
                message.getRegulatorySnapshot(), message.getMarketDataOptionsMap());
    }

    /** Encodes the cancel of a market data request. */
    public static MarketDataProto.CancelMarketData cancelMarketData(int requestId) {
        return MarketDataProto.CancelMarketData.newBuilder().setReqId(requestId).build();
    }

    /** Encodes a switch of the market data type for the requests that follow. */
    public static MarketDataProto.MarketDataTypeRequest marketDataTypeRequest(MarketDataType type) {
        return MarketDataProto.MarketDataTypeRequest.newBuilder().setMarketDataType(type.id()).build();
    }

    /** Skips a field whose number matched but whose wire type did not, as the generated classes do; keeps {@code value}. */
    private static int skip(CodedInputStream in, int tag, int value) throws IOException {
        in.skipField(tag);
        return value;
    }

    private static double skip(CodedInputStream in, int tag, double value) throws IOException {
        in.skipField(tag);
        return value;
    }

    private static double volatility(double value) {
        return value < 0 ? Double.NaN : computed(value);
    }

    private static double price(double value) {
        return value == NOT_COMPUTED_PRICE ? Double.NaN : computed(value);
    }

    private static double greek(double value) {
        return value == NOT_COMPUTED_GREEK ? Double.NaN : computed(value);
    }

    /** Older gateways also used Double.MAX_VALUE for "unset"; it is never a computed value. */
    private static double computed(double value) {
        return value == Double.MAX_VALUE ? Double.NaN : value;
    }

    private static double orSentinel(double value, double sentinel) {
        return Double.isNaN(value) ? sentinel : value;
    }
}
