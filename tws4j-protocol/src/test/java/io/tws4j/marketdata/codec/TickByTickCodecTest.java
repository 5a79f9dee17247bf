package io.tws4j.marketdata.codec;

import static io.tws4j.marketdata.codec.DirectDecoding.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.BidAskAttributes;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.MidpointTick;
import io.tws4j.marketdata.TickByTick;
import io.tws4j.marketdata.TickByTickRequest;
import io.tws4j.marketdata.TickByTickType;
import io.tws4j.marketdata.TradeAttributes;
import io.tws4j.marketdata.TradeTick;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTick;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTickBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTickLast;
import io.tws4j.protocol.proto.HistoricalProto.TickAttribBidAsk;
import io.tws4j.protocol.proto.HistoricalProto.TickAttribLast;
import io.tws4j.protocol.proto.MarketDataProto.TickByTickData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TICK_BY_TICK: the direct decoder agrees with the generated class; round trips; requests. */
class TickByTickCodecTest {
    private static final DirectDecoding.Path GENERATED = bytes -> TickByTickCodec.tickByTick(TickByTickData.parseFrom(bytes));
    private static final DirectDecoding.Path DIRECT = bytes -> TickByTickCodec.readTickByTick(input(bytes));
    private static final Instant TIME = Instant.parse("2026-11-20T15:30:07Z");
    private static final List<TickByTick> EXAMPLES = List.of(
            new TradeTick(1_000_000_001, TickByTickType.ALL_LAST, TIME, 231.25, BigDecimal.valueOf(300),
                    TradeAttributes.of(false, true), "NASDAQ", "T I"),
            new TradeTick(1_000_000_001, TickByTickType.LAST, TIME, 95_012.5, new BigDecimal("0.0125"),
                    TradeAttributes.of(true, false), "PAXOS", ""),
            new BidAskTick(1_000_000_002, TIME, 231.24, 231.26, BigDecimal.valueOf(500), BigDecimal.valueOf(1200),
                    BidAskAttributes.of(true, false)),
            new MidpointTick(1_000_000_003, TIME, 231.25));

    @Test
    void everyKindRoundTrips() throws Exception {
        for (TickByTick tick : EXAMPLES) {
            byte[] bytes = TickByTickCodec.tickByTick(tick).toByteArray();
            assertThat(TickByTickCodec.readTickByTick(input(bytes))).isEqualTo(tick);
            assertThat(TickByTickCodec.tickByTick(TickByTickData.parseFrom(bytes))).isEqualTo(tick);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void directDecoderAgreesOnRandomMessages(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 3_000; i++) {
            TickByTickData.Builder message = TickByTickData.newBuilder();
            if (random.nextBoolean()) message.setReqId(random.nextInt());
            if (random.nextInt(4) > 0) message.setTickType(random.nextInt(0, 6));
            switch (random.nextInt(4)) {
                case 0 -> message.setHistoricalTickLast(last(random));
                case 1 -> message.setHistoricalTickBidAsk(bidAsk(random));
                case 2 -> message.setHistoricalTickMidPoint(HistoricalTick.newBuilder().setTime(time(random))
                        .setPrice(random.nextDouble(1, 1_000)).setSize(size(random)));
                default -> { }
            }
            DirectDecoding.assertAgree(message.build().toByteArray(), GENERATED, DIRECT);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33})
    void directDecoderAgreesOnFlippedBytes(long seed) {
        for (TickByTick tick : EXAMPLES) {
            DirectDecoding.assertAgreeOnFlippedBytes(TickByTickCodec.tickByTick(tick).toByteArray(), seed, 8_000, GENERATED, DIRECT);
        }
    }

    @Test
    void repeatedNestedTicksMergeAsInTheGeneratedClasses() {
        byte[] first = TickByTickData.newBuilder().setReqId(4).setTickType(2)
                .setHistoricalTickLast(HistoricalTickLast.newBuilder().setTime(10).setPrice(5).setExchange("ARCA")).build().toByteArray();
        byte[] second = TickByTickData.newBuilder()
                .setHistoricalTickLast(HistoricalTickLast.newBuilder().setSize("200")).build().toByteArray();
        byte[] bidAsk = TickByTickData.newBuilder().setHistoricalTickBidAsk(HistoricalTickBidAsk.newBuilder().setPriceBid(3)).build()
                .toByteArray();

        DirectDecoding.assertAgree(concat(first, second), GENERATED, DIRECT);
        DirectDecoding.assertAgree(concat(first, bidAsk, second), GENERATED, DIRECT);
        DirectDecoding.assertAgree(concat(bidAsk, first), GENERATED, DIRECT);
    }

    @Test
    void aMessageWithoutTickOrTickTypeIsMalformedOnBothPaths() {
        byte[] bytes = TickByTickData.newBuilder().setReqId(3).build().toByteArray();

        assertThatThrownBy(() -> GENERATED.decode(bytes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DIRECT.decode(bytes)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsRoundTripThroughTheGatewaysReading() {
        TickByTickRequest request = new TickByTickRequest(Contract.stock("AAPL").build(), TickByTickType.BID_ASK, 0, true);

        var wire = TickByTickCodec.tickByTickRequest(7, request);

        assertThat(wire.getTickType()).isEqualTo("BidAsk");
        assertThat(wire.hasNumberOfTicks()).isFalse();
        assertThat(TickByTickCodec.tickByTickRequest(wire)).isEqualTo(request);
        assertThatThrownBy(() -> TickByTickCodec.tickByTickRequest(wire.toBuilder().setTickType("Trades").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Trades");
    }

    private static HistoricalTickLast last(SplittableRandom random) {
        HistoricalTickLast.Builder last = HistoricalTickLast.newBuilder();
        if (random.nextBoolean()) last.setTime(time(random));
        if (random.nextBoolean()) last.setTickAttribLast(TickAttribLast.newBuilder().setPastLimit(random.nextBoolean())
                .setUnreported(random.nextBoolean()));
        if (random.nextBoolean()) last.setPrice(random.nextDouble(1, 1_000));
        if (random.nextBoolean()) last.setSize(size(random));
        if (random.nextBoolean()) last.setExchange(List.of("NASDAQ", "ARCA", "IEX", "PAXOS", "Ü").get(random.nextInt(5)));
        if (random.nextBoolean()) last.setSpecialConditions(random.nextBoolean() ? "T" : "  I");
        return last.build();
    }

    private static HistoricalTickBidAsk bidAsk(SplittableRandom random) {
        HistoricalTickBidAsk.Builder quote = HistoricalTickBidAsk.newBuilder();
        if (random.nextBoolean()) quote.setTime(time(random));
        if (random.nextBoolean()) quote.setTickAttribBidAsk(TickAttribBidAsk.newBuilder().setBidPastLow(random.nextBoolean())
                .setAskPastHigh(random.nextBoolean()));
        if (random.nextBoolean()) quote.setPriceBid(random.nextDouble(1, 1_000));
        if (random.nextBoolean()) quote.setPriceAsk(random.nextDouble(1, 1_000));
        if (random.nextBoolean()) quote.setSizeBid(size(random));
        if (random.nextBoolean()) quote.setSizeAsk(size(random));
        return quote.build();
    }

    private static long time(SplittableRandom random) {
        return random.nextLong(1_500_000_000L, 1_900_000_000L);
    }

    private static String size(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(random.nextInt(10_000));
            case 1 -> "0." + random.nextInt(1, 10_000);
            case 2 -> "";
            default -> Long.toString(random.nextLong(0, 1_000_000_000_000L));
        };
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}
