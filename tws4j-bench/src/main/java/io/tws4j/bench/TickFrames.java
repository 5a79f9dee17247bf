package io.tws4j.bench;

import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.TickAttributes;
import io.tws4j.marketdata.TickType;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.protocol.wire.Frames;
import io.tws4j.protocol.wire.InMessage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Tick-sized frames as a busy quote stream sends them: bid, ask and last prices with sizes,
 * four in five a round lot and the rest odd lots. The price of tick {@code i} is {@code i}, so
 * a receiver can look up when it was sent.
 */
public final class TickFrames {
    private static final TickType[] TYPES = {TickType.BID, TickType.ASK, TickType.LAST};

    private TickFrames() {}

    /** Returns {@code count} complete TICK_PRICE frames for {@code requestId}, seeded. */
    public static List<byte[]> build(int requestId, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long size = random.nextInt(5) == 0 ? random.nextInt(1, 5_000) : 100L * random.nextInt(1, 60);
            PriceTick tick = new PriceTick(requestId, TYPES[i % TYPES.length], i, BigDecimal.valueOf(size), TickAttributes.of(1));
            frames.add(Frames.encode(InMessage.TICK_PRICE, MarketDataCodec.tickPrice(tick)));
        }
        return frames;
    }

    /** Returns the frames concatenated, as they travel. */
    public static byte[] concatenate(List<byte[]> frames) {
        int total = frames.stream().mapToInt(frame -> frame.length).sum();
        byte[] stream = new byte[total];
        int offset = 0;
        for (byte[] frame : frames) {
            System.arraycopy(frame, 0, stream, offset, frame.length);
            offset += frame.length;
        }
        return stream;
    }
}
