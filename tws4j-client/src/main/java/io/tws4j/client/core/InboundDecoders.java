package io.tws4j.client.core;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickByTick;
import io.tws4j.marketdata.codec.DepthCodec;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.marketdata.codec.RealTimeBarsCodec;
import io.tws4j.marketdata.codec.TickByTickCodec;
import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.InMessage;
import java.util.function.ToIntFunction;

/**
 * How each incoming message is decoded, and where its routing key sits. By default a message
 * decodes to its generated protobuf class and its key is read from field 1 (field 3 for
 * OrderBound); the messages of busy market data streams (ticks, option computations,
 * tick-by-tick, depth rows, real-time bars) decode straight to the records users receive, which
 * carry their request id, so that routing one allocates nothing but the record.
 */
final class InboundDecoders {
    private static final Decoding[] BY_ID = new Decoding[128];

    static {
        for (InMessage type : InMessage.values()) {
            type.parser().ifPresent(parser -> BY_ID[type.id()] = protobuf(type, parser));
        }
        // The messages of busy market data streams: straight to records, allocating only the record.
        ToIntFunction<Object> tickKey = tick -> ((Tick) tick).requestId();
        direct(InMessage.TICK_PRICE, MarketDataCodec::readTickPrice, tickKey);
        direct(InMessage.TICK_SIZE, MarketDataCodec::readTickSize, tickKey);
        direct(InMessage.TICK_GENERIC, MarketDataCodec::readTickGeneric, tickKey);
        direct(InMessage.TICK_STRING, MarketDataCodec::readTickString, tickKey);
        direct(InMessage.TICK_OPTION_COMPUTATION, MarketDataCodec::readTickOptionComputation, tickKey);
        direct(InMessage.TICK_BY_TICK, TickByTickCodec::readTickByTick, tick -> ((TickByTick) tick).requestId());
        ToIntFunction<Object> depthKey = update -> ((DepthUpdate) update).requestId();
        direct(InMessage.MARKET_DEPTH, DepthCodec::readDepth, depthKey);
        direct(InMessage.MARKET_DEPTH_L2, DepthCodec::readDepth, depthKey);
        direct(InMessage.REAL_TIME_BARS, RealTimeBarsCodec::readBar, bar -> ((RealTimeBar) bar).requestId());
    }

    private static void direct(InMessage type, FrameReader.BodyDecoder<?> decoder, ToIntFunction<Object> key) {
        BY_ID[type.id()] = new Decoding(decoder, key);
    }

    private InboundDecoders() {}

    /** Returns the decoding of a protobuf message type. */
    static Decoding of(InMessage type) {
        return BY_ID[type.id()];
    }

    private static Decoding protobuf(InMessage type, Parser<? extends Message> parser) {
        ToIntFunction<Object> key = switch (type.correlation()) {
            case REQUEST_ID -> int32Field(parser, 1);
            case ORDER_ID -> int32Field(parser, type == InMessage.ORDER_BOUND ? 3 : 1);
            default -> message -> -1;
        };
        return new Decoding(parser::parseFrom, key);
    }

    private static ToIntFunction<Object> int32Field(Parser<? extends Message> parser, int number) {
        FieldDescriptor field;
        try {
            field = parser.parseFrom(new byte[0]).getDescriptorForType().findFieldByNumber(number);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
        if (field == null || field.getJavaType() != FieldDescriptor.JavaType.INT) {
            throw new IllegalStateException("no int32 field " + number + " to route by");
        }
        return message -> (Integer) ((Message) message).getField(field);
    }

    /** A body decoder and the routing key of what it decodes. */
    record Decoding(FrameReader.BodyDecoder<?> decoder, ToIntFunction<Object> key) {}
}
