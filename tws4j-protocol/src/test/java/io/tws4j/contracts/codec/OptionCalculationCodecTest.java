package io.tws4j.contracts.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.InvalidProtocolBufferException;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.OptionComputation;
import io.tws4j.marketdata.TickType;
import io.tws4j.protocol.proto.MarketDataProto.TickOptionComputation;
import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Option computations: TWS's "not computed" sentinels become empty values and back. */
class OptionCalculationCodecTest {

    @Test
    void sentinelsDecodeToEmpty() {
        TickOptionComputation wire = TickOptionComputation.newBuilder().setReqId(1).setTickType(13)
                .setImpliedVol(-1).setDelta(-2).setOptPrice(-1).setPvDividend(-1).setGamma(-2).setVega(-2).setTheta(-2)
                .setUndPrice(-1).build();

        OptionComputation values = OptionCalculationCodec.optionComputation(wire);

        assertThat(values.tickType()).isEqualTo(TickType.MODEL_OPTION);
        assertThat(List.of(values.impliedVolatility(), values.delta(), values.optionPrice(), values.pvDividend(),
                values.gamma(), values.vega(), values.theta(), values.underlyingPrice())).allMatch(OptionalDouble::isEmpty);
    }

    @Test
    void absentFieldsAndMaxValueDecodeToEmptyAndNegativeGreeksSurvive() {
        TickOptionComputation wire = TickOptionComputation.newBuilder().setReqId(1).setTickType(53).setTickAttrib(1)
                .setDelta(-0.45).setTheta(-0.08).setOptPrice(Double.MAX_VALUE).build();

        OptionComputation values = OptionCalculationCodec.optionComputation(wire);

        assertThat(values.priceBased()).isTrue();
        assertThat(values.delta()).hasValue(-0.45);
        assertThat(values.theta()).hasValue(-0.08);
        assertThat(values.optionPrice()).isEmpty();
        assertThat(values.impliedVolatility()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 5, 99})
    void computationsRoundTrip(long seed) throws InvalidProtocolBufferException {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 100; i++) {
            OptionComputation values = new OptionComputation(TickType.of(10 + random.nextInt(4)), random.nextBoolean(),
                    maybe(random, random.nextDouble()), maybe(random, random.nextDouble() * 2 - 1),
                    maybe(random, random.nextDouble() * 50), maybe(random, random.nextDouble()),
                    maybe(random, random.nextDouble()), maybe(random, random.nextDouble()),
                    maybe(random, -random.nextDouble()), maybe(random, 100 + random.nextDouble() * 100));
            byte[] bytes = OptionCalculationCodec.tickOptionComputation(i, values).toByteArray();

            assertThat(OptionCalculationCodec.optionComputation(TickOptionComputation.parseFrom(bytes))).isEqualTo(values);
        }
    }

    @Test
    void requestsCarryTheOptionAndInputs() {
        Contract call = Contract.call("AAPL").strike(190).expiresOn(2025, 1, 17).build();

        assertThat(OptionCalculationCodec.optionPriceRequest(4, call, 0.3, 191.5))
                .satisfies(request -> {
                    assertThat(request.getVolatility()).isEqualTo(0.3);
                    assertThat(request.getUnderPrice()).isEqualTo(191.5);
                    assertThat(ContractsCodec.contract(request.getContract())).isEqualTo(call);
                });
        assertThat(OptionCalculationCodec.impliedVolatilityRequest(5, call, 7.25, 191.5).getOptionPrice()).isEqualTo(7.25);
        assertThat(OptionCalculationCodec.cancelOptionPrice(4).getReqId()).isEqualTo(4);
        assertThat(OptionCalculationCodec.cancelImpliedVolatility(5).getReqId()).isEqualTo(5);
    }

    private static OptionalDouble maybe(SplittableRandom random, double value) {
        return random.nextInt(3) == 0 ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
