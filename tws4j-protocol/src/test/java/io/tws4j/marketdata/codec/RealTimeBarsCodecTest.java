package io.tws4j.marketdata.codec;

import static io.tws4j.marketdata.codec.DirectDecoding.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.RealTimeBarsRequest;
import io.tws4j.marketdata.RealTimeWhatToShow;
import io.tws4j.protocol.proto.MarketDataProto.RealTimeBarTick;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** REAL_TIME_BARS: the direct decoder agrees with the generated class; the request's five seconds and useRTH. */
class RealTimeBarsCodecTest {
    private static final DirectDecoding.Path GENERATED = bytes -> RealTimeBarsCodec.bar(RealTimeBarTick.parseFrom(bytes));
    private static final DirectDecoding.Path DIRECT = bytes -> RealTimeBarsCodec.readBar(input(bytes));
    private static final RealTimeBar BAR = new RealTimeBar(1_000_000_004, Instant.parse("2026-11-20T15:30:05Z"), 231.2, 231.4,
            231.1, 231.3, BigDecimal.valueOf(4_200), new BigDecimal("231.2713"), 17);

    @Test
    void aBarRoundTrips() throws Exception {
        assertThat(RealTimeBarsCodec.readBar(input(RealTimeBarsCodec.bar(BAR).toByteArray()))).isEqualTo(BAR);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2})
    void directDecoderAgreesOnRandomBars(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 3_000; i++) {
            RealTimeBarTick.Builder message = RealTimeBarTick.newBuilder();
            if (random.nextBoolean()) message.setReqId(random.nextInt());
            if (random.nextBoolean()) message.setTime(random.nextLong(0, 2_000_000_000L));
            if (random.nextBoolean()) message.setOpen(random.nextDouble());
            if (random.nextBoolean()) message.setHigh(random.nextDouble());
            if (random.nextBoolean()) message.setLow(random.nextDouble());
            if (random.nextBoolean()) message.setClose(random.nextDouble());
            if (random.nextBoolean()) message.setVolume(Long.toString(random.nextLong(0, 100_000_000)));
            if (random.nextBoolean()) message.setWap(random.nextInt(1_000) + "." + random.nextInt(10_000));
            if (random.nextBoolean()) message.setCount(random.nextInt(0, 10_000));
            DirectDecoding.assertAgree(message.build().toByteArray(), GENERATED, DIRECT);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {51, 52})
    void directDecoderAgreesOnFlippedBytes(long seed) {
        DirectDecoding.assertAgreeOnFlippedBytes(RealTimeBarsCodec.bar(BAR).toByteArray(), seed, 20_000, GENERATED, DIRECT);
    }

    @Test
    void theRequestAsksForFiveSecondBarsAndSaysUseRthForRegularHours() {
        RealTimeBarsRequest request = new RealTimeBarsRequest(Contract.stock("AAPL").build(), RealTimeWhatToShow.MIDPOINT,
                Hours.REGULAR, Map.of());

        var wire = RealTimeBarsCodec.realTimeBarsRequest(9, request);

        assertThat(wire.getBarSize()).isEqualTo(5);
        assertThat(wire.getWhatToShow()).isEqualTo("MIDPOINT");
        assertThat(wire.getUseRth()).isTrue();
        assertThat(RealTimeBarsCodec.realTimeBarsRequest(wire)).isEqualTo(request);
        assertThat(RealTimeBarsCodec.realTimeBarsRequest(9,
                new RealTimeBarsRequest(request.contract(), RealTimeWhatToShow.TRADES, Hours.EXTENDED, Map.of())).hasUseRth()).isFalse();
    }
}
