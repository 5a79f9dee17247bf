package io.tws4j.marketdata.codec;

import static io.tws4j.marketdata.codec.DirectDecoding.input;
import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.DepthOperation;
import io.tws4j.marketdata.DepthSide;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.MarketDepthRequest;
import io.tws4j.protocol.proto.MarketDataProto.MarketDepth;
import io.tws4j.protocol.proto.MarketDataProto.MarketDepthData;
import io.tws4j.protocol.proto.MarketDataProto.MarketDepthL2;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MARKET_DEPTH and MARKET_DEPTH_L2: the direct decoder agrees with the generated classes. */
class DepthCodecTest {
    private static final DirectDecoding.Path GENERATED = bytes -> DepthCodec.depth(MarketDepthL2.parseFrom(bytes));
    private static final DirectDecoding.Path GENERATED_L1 = bytes -> DepthCodec.depth(MarketDepth.parseFrom(bytes));
    private static final DirectDecoding.Path DIRECT = bytes -> DepthCodec.readDepth(input(bytes));
    private static final DepthUpdate L2 = new DepthUpdate(1_000_000_009, 3, DepthOperation.UPDATE, DepthSide.BID, 231.17,
            BigDecimal.valueOf(700), "ARCA", true);

    @Test
    void bothLayoutsRoundTrip() throws Exception {
        assertThat(DepthCodec.readDepth(input(DepthCodec.marketDepthL2(L2).toByteArray()))).isEqualTo(L2);
        byte[] l1 = DepthCodec.marketDepth(L2).toByteArray();
        assertThat(DepthCodec.depth(MarketDepth.parseFrom(l1)).marketMaker()).as("one exchange's book names no market maker").isEmpty();
        DirectDecoding.assertAgree(l1, GENERATED_L1, DIRECT);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void directDecoderAgreesOnRandomMessages(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 3_000; i++) {
            MarketDepthL2.Builder message = MarketDepthL2.newBuilder();
            if (random.nextBoolean()) message.setReqId(random.nextInt());
            if (random.nextInt(5) > 0) {
                MarketDepthData.Builder data = MarketDepthData.newBuilder();
                if (random.nextBoolean()) data.setPosition(random.nextInt(-1, 20));
                if (random.nextBoolean()) data.setOperation(random.nextInt(0, 4));
                if (random.nextBoolean()) data.setSide(random.nextInt(0, 3));
                if (random.nextBoolean()) data.setPrice(random.nextDouble(0, 1_000));
                if (random.nextBoolean()) data.setSize(random.nextBoolean() ? Integer.toString(random.nextInt(5_000)) : "0.25");
                if (random.nextBoolean()) data.setMarketMaker(random.nextBoolean() ? "NSDQ" : "BATS");
                if (random.nextBoolean()) data.setIsSmartDepth(random.nextBoolean());
                message.setMarketDepthData(data);
            }
            DirectDecoding.assertAgree(message.build().toByteArray(), GENERATED, DIRECT);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {41, 42})
    void directDecoderAgreesOnFlippedBytes(long seed) {
        DirectDecoding.assertAgreeOnFlippedBytes(DepthCodec.marketDepthL2(L2).toByteArray(), seed, 20_000, GENERATED, DIRECT);
    }

    @Test
    void theRequestAndItsCancelCarryTheSmartDepthFlag() {
        MarketDepthRequest request = new MarketDepthRequest(Contract.stock("AAPL").build(), 10, true);

        var wire = DepthCodec.marketDepthRequest(3, request);

        assertThat(wire.getNumRows()).isEqualTo(10);
        assertThat(wire.getIsSmartDepth()).isTrue();
        assertThat(DepthCodec.marketDepthRequest(wire)).isEqualTo(request);
        assertThat(DepthCodec.cancelMarketDepth(3, true).getIsSmartDepth()).isTrue();
        assertThat(DepthCodec.cancelMarketDepth(3, false).hasIsSmartDepth()).isFalse();
    }
}
