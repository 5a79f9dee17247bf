package io.tws4j.marketdata.codec;

import com.google.protobuf.CodedInputStream;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.RealTimeBarsRequest;
import io.tws4j.marketdata.RealTimeWhatToShow;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.proto.MarketDataProto.RealTimeBarTick;
import io.tws4j.protocol.wire.Decimals;
import io.tws4j.protocol.wire.FieldTags;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/** Both directions of real-time bars ({@code reqRealTimeBars}); {@link #readBar} decodes a bar straight from the frame. */
public final class RealTimeBarsCodec {
    private static final int REQ_ID = FieldTags.varint(1);
    private static final int TIME = FieldTags.varint(2);
    private static final int OPEN = FieldTags.fixed64(3);
    private static final int HIGH = FieldTags.fixed64(4);
    private static final int LOW = FieldTags.fixed64(5);
    private static final int CLOSE = FieldTags.fixed64(6);
    private static final int VOLUME = FieldTags.lengthDelimited(7);
    private static final int WAP = FieldTags.lengthDelimited(8);
    private static final int COUNT = FieldTags.varint(9);

    private RealTimeBarsCodec() {}

    /**
     * Decodes a RealTimeBarTick body; an absent volume or WAP is zero.
     *
     * @throws NumberFormatException if the volume or WAP is not a decimal number
     */
    public static RealTimeBar readBar(CodedInputStream in) throws IOException {
        int requestId = 0;
        long time = 0;
        double open = 0;
        double high = 0;
        double low = 0;
        double close = 0;
        BigDecimal volume = null;
        BigDecimal wap = null;
        int count = 0;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (tag >>> 3) {
                case 1 -> requestId = tag == REQ_ID ? in.readInt32() : skip(in, tag, requestId);
                case 2 -> time = tag == TIME ? in.readInt64() : skip(in, tag, time);
                case 3 -> open = tag == OPEN ? in.readDouble() : skip(in, tag, open);
                case 4 -> high = tag == HIGH ? in.readDouble() : skip(in, tag, high);
                case 5 -> low = tag == LOW ? in.readDouble() : skip(in, tag, low);
                case 6 -> close = tag == CLOSE ? in.readDouble() : skip(in, tag, close);
                case 7 -> volume = tag == VOLUME ? WireReads.decimalOrUnreadable(in) : skip(in, tag, volume);
                case 8 -> wap = tag == WAP ? WireReads.decimalOrUnreadable(in) : skip(in, tag, wap);
                case 9 -> count = tag == COUNT ? in.readInt32() : skip(in, tag, count);
                default -> in.skipField(tag);
            }
        }
        return new RealTimeBar(requestId, Instant.ofEpochSecond(time), open, high, low, close, orZero(WireReads.readable(volume, "a bar's volume")),
                orZero(WireReads.readable(wap, "a bar's average price")), count);
    }

    /** Maps a generated RealTimeBarTick to its record, as {@link #readBar} does from bytes. */
    public static RealTimeBar bar(RealTimeBarTick message) {
        return new RealTimeBar(message.getReqId(), Instant.ofEpochSecond(message.getTime()), message.getOpen(),
                message.getHigh(), message.getLow(), message.getClose(), WireReads.decimalOrZero(message.getVolume()),
                WireReads.decimalOrZero(message.getWap()), message.getCount());
    }

    /** Encodes a bar as the gateway sends it. */
    public static RealTimeBarTick bar(RealTimeBar bar) {
        return RealTimeBarTick.newBuilder()
                .setReqId(bar.requestId())
                .setTime(bar.time().getEpochSecond())
                .setOpen(bar.open())
                .setHigh(bar.high())
                .setLow(bar.low())
                .setClose(bar.close())
                .setVolume(Decimals.format(bar.volume()))
                .setWap(Decimals.format(bar.wap()))
                .setCount(bar.count())
                .build();
    }

    /** Encodes a real-time bars request (five-second bars, the only size TWS gives). */
    public static MarketDataProto.RealTimeBarsRequest realTimeBarsRequest(int requestId, RealTimeBarsRequest request) {
        MarketDataProto.RealTimeBarsRequest.Builder message = MarketDataProto.RealTimeBarsRequest.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(request.contract()))
                .setBarSize(RealTimeBarsRequest.BAR_SECONDS)
                .setWhatToShow(request.whatToShow().wireValue())
                .putAllRealTimeBarsOptions(request.options());
        if (request.hours().regularOnly()) {
            message.setUseRth(true);
        }
        return message.build();
    }

    /**
     * Decodes a real-time bars request, as the gateway reads it (its bar size aside).
     *
     * @throws IllegalArgumentException if real-time bars cannot show what it asks for
     */
    public static RealTimeBarsRequest realTimeBarsRequest(MarketDataProto.RealTimeBarsRequest message) {
        return new RealTimeBarsRequest(ContractsCodec.contract(message.getContract()),
                RealTimeWhatToShow.fromWireValue(message.getWhatToShow()),
                message.getUseRth() ? Hours.REGULAR : Hours.EXTENDED, message.getRealTimeBarsOptionsMap());
    }

    /** Encodes the cancel of a real-time bars request. */
    public static MarketDataProto.CancelRealTimeBars cancelRealTimeBars(int requestId) {
        return MarketDataProto.CancelRealTimeBars.newBuilder().setReqId(requestId).build();
    }

    private static int skip(CodedInputStream in, int tag, int value) throws IOException {
        in.skipField(tag);
        return value;
    }

    private static long skip(CodedInputStream in, int tag, long value) throws IOException {
        in.skipField(tag);
        return value;
    }

    private static double skip(CodedInputStream in, int tag, double value) throws IOException {
        in.skipField(tag);
        return value;
    }

    private static BigDecimal skip(CodedInputStream in, int tag, BigDecimal value) throws IOException {
        in.skipField(tag);
        return value;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
