package io.tws4j.marketdata.codec;

import com.google.protobuf.CodedInputStream;
import io.tws4j.marketdata.GenericTick;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.SizeTick;
import io.tws4j.marketdata.StringTick;
import io.tws4j.marketdata.TickAttributes;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.wire.Decimals;
import io.tws4j.protocol.wire.FieldTags;
import java.io.IOException;
import java.math.BigDecimal;

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
                size = Decimals.read(in);
            } else if (tag == ATTR_MASK) {
                mask = in.readInt32();
            } else {
                in.skipField(tag);
            }
        }
        return new PriceTick(requestId, TickType.of(tickType), price, size, TickAttributes.of(mask));
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
                size = Decimals.read(in);
            } else {
                in.skipField(tag);
            }
        }
        return new SizeTick(requestId, TickType.of(tickType), size == null ? BigDecimal.ZERO : size);
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
}
