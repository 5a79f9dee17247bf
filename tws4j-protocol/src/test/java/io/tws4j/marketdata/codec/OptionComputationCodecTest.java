package io.tws4j.marketdata.codec;

import static io.tws4j.marketdata.codec.DirectDecoding.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.OptionComputation;
import io.tws4j.marketdata.OptionComputationTick;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.MarketDataProto.TickOptionComputation;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** TICK_OPTION_COMPUTATION: the direct decoder agrees with the generated class, sentinels included. */
class OptionComputationCodecTest {
    private static final DirectDecoding.Path GENERATED =
            bytes -> MarketDataCodec.tickOptionComputation(TickOptionComputation.parseFrom(bytes));
    private static final DirectDecoding.Path DIRECT = bytes -> MarketDataCodec.readTickOptionComputation(input(bytes));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void directDecoderAgreesOnRandomComputations(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 3_000; i++) {
            TickOptionComputation.Builder message = TickOptionComputation.newBuilder();
            if (random.nextBoolean()) message.setReqId(random.nextInt());
            if (random.nextBoolean()) message.setTickType(random.nextInt(-2, 120));
            if (random.nextBoolean()) message.setTickAttrib(random.nextInt(3));
            value(random, message::setImpliedVol);
            value(random, message::setDelta);
            value(random, message::setOptPrice);
            value(random, message::setPvDividend);
            value(random, message::setGamma);
            value(random, message::setVega);
            value(random, message::setTheta);
            value(random, message::setUndPrice);
            DirectDecoding.assertAgree(message.build().toByteArray(), GENERATED, DIRECT);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22})
    void directDecoderAgreesOnFlippedBytes(long seed) {
        byte[] valid = MarketDataCodec.tickOptionComputation(new OptionComputationTick(1_000_000_007,
                TickType.MODEL_OPTION, false, 0.31, 0.52, 7.25, 0.4, 0.031, 0.22, -0.08, 231.5)).toByteArray();
        DirectDecoding.assertAgreeOnFlippedBytes(valid, seed, 20_000, GENERATED, DIRECT);
    }

    @Test
    void sentinelsAndAbsentValuesAreNotComputedAndEncodeBackToSentinels() throws Exception {
        TickOptionComputation wire = TickOptionComputation.newBuilder().setReqId(5).setTickType(10)
                .setImpliedVol(-1).setDelta(-2).setOptPrice(-1).setGamma(Double.MAX_VALUE).setVega(0.2).setTheta(-0.05)
                .setUndPrice(-1).build();

        OptionComputationTick tick = MarketDataCodec.readTickOptionComputation(input(wire.toByteArray()));

        assertThat(tick.type()).isEqualTo(TickType.BID_OPTION_COMPUTATION);
        assertThat(tick.impliedVolatility()).isNaN();
        assertThat(tick.delta()).isNaN();
        assertThat(tick.optionPrice()).isNaN();
        assertThat(tick.pvDividend()).as("absent").isNaN();
        assertThat(tick.gamma()).isNaN();
        assertThat(tick.vega()).isEqualTo(0.2);
        assertThat(tick.theta()).isEqualTo(-0.05);
        OptionComputation values = tick.computation();
        assertThat(values.delta()).isEmpty();
        assertThat(values.vega()).hasValue(0.2);
        TickOptionComputation again = MarketDataCodec.tickOptionComputation(tick);
        assertThat(again.getImpliedVol()).isEqualTo(-1);
        assertThat(again.getDelta()).isEqualTo(-2);
        assertThat(again.getGamma()).isEqualTo(-2);
        assertThat(again.getPvDividend()).isEqualTo(-1);
        assertThat(OptionComputationTick.of(5, values)).isEqualTo(tick);
    }

    private static void value(SplittableRandom random, DoubleConsumer setter) {
        switch (random.nextInt(7)) {
            case 0 -> { }
            case 1 -> setter.accept(-1);
            case 2 -> setter.accept(-2);
            case 3 -> setter.accept(Double.MAX_VALUE);
            case 4 -> setter.accept(Double.NaN);
            default -> setter.accept(random.nextDouble(-5, 500));
        }
    }
}
