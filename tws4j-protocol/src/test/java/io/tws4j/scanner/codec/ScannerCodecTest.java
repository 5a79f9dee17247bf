package io.tws4j.scanner.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.protocol.proto.ScannerProto.ScannerData;
import io.tws4j.protocol.proto.ScannerProto.ScannerSubscriptionRequest;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScanRow;
import io.tws4j.scanner.ScannerSubscription;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scanner subscriptions and results survive the wire; unset values stay off it. */
class ScannerCodecTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void subscriptionSurvivesTheWire(long seed) throws Exception {
        ScannerSubscription subscription = new RandomScans(new SplittableRandom(seed)).subscription();

        byte[] bytes = ScannerCodec.subscriptionRequest(1_000_000_003, subscription).toByteArray();
        ScannerSubscriptionRequest decoded = ScannerSubscriptionRequest.parseFrom(bytes);

        assertThat(decoded.getReqId()).isEqualTo(1_000_000_003);
        assertThat(ScannerCodec.subscription(decoded)).isEqualTo(subscription);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void resultSurvivesTheWire(long seed) throws Exception {
        ScanResult result = new RandomScans(new SplittableRandom(seed * 17)).result();

        byte[] bytes = ScannerCodec.data(9, result).toByteArray();
        ScannerData decoded = ScannerData.parseFrom(bytes);

        assertThat(decoded.getReqId()).isEqualTo(9);
        assertThat(ScannerCodec.result(decoded)).isEqualTo(result);
    }

    @Test
    void unsetFiltersStayOffTheWire() {
        ScannerSubscription bare = ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STK").build();

        var wire = ScannerCodec.subscriptionRequest(1, bare).getScannerSubscription();

        assertThat(wire.getScanCode()).isEqualTo("MOST_ACTIVE");
        assertThat(wire.getInstrument()).isEqualTo("STK");
        assertThat(wire.hasLocationCode()).isFalse();
        assertThat(wire.hasNumberOfRows()).isFalse();
        assertThat(wire.hasAbovePrice()).isFalse();
        assertThat(wire.hasExcludeConvertible()).isFalse();
        assertThat(wire.getScannerSubscriptionFilterOptionsMap()).isEmpty();
    }

    @Test
    void aZeroFilterIsSetNotUnset() {
        ScannerSubscription zero = ScannerSubscription.builder(ScanCode.TOP_PERC_GAIN).abovePrice(0).numberOfRows(0).build();

        var wire = ScannerCodec.subscriptionRequest(1, zero).getScannerSubscription();

        assertThat(wire.hasAbovePrice()).isTrue();
        assertThat(wire.hasNumberOfRows()).isTrue();
        assertThat(ScannerCodec.subscription(ScannerCodec.subscriptionRequest(1, zero))).isEqualTo(zero);
    }

    @Test
    void rowsComeInRankOrderWhateverTheWireOrder() {
        Contract aapl = Contract.ofConId(265598, "SMART");
        Contract msft = Contract.ofConId(272093, "SMART");
        ScannerData wire = ScannerCodec.data(1, new ScanResult(List.of(ScanRow.of(0, aapl, "NMS"), ScanRow.of(1, msft, "NMS"))))
                .toBuilder().clearScannerDataElement()
                .addScannerDataElement(ScannerCodec.data(1, new ScanResult(List.of(ScanRow.of(1, msft, "NMS")))).getScannerDataElement(0))
                .addScannerDataElement(ScannerCodec.data(1, new ScanResult(List.of(ScanRow.of(0, aapl, "NMS")))).getScannerDataElement(0))
                .build();

        ScanResult result = ScannerCodec.result(wire);

        assertThat(result.rows()).extracting(ScanRow::rank).containsExactly(0, 1);
        assertThat(result.contracts()).extracting(Contract::conId).containsExactly(265598, 272093);
    }

    @Test
    void aRowReadsAsContractDetailsWithItsMarketName() {
        ScanRow row = ScanRow.of(0, Contract.ofConId(265598, "SMART"), "NMS");

        assertThat(row.contractDetails().contract()).isEqualTo(row.contract());
        assertThat(row.contractDetails().marketName()).isEqualTo("NMS");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aSubscriptionCopiesThroughItsBuilder(long seed) {
        ScannerSubscription subscription = new RandomScans(new SplittableRandom(seed * 5)).subscription();

        assertThat(subscription.toBuilder().build()).isEqualTo(subscription);
        assertThat(subscription.toBuilder().numberOfRows(7).build().numberOfRows()).hasValue(7);
    }

    @Test
    void scanCodesAreUpperCase() {
        assertThat(ScanCode.of(" top_perc_gain ")).isEqualTo(ScanCode.TOP_PERC_GAIN);
        assertThat(ScanCode.HOT_BY_VOLUME).hasToString("HOT_BY_VOLUME");
    }
}
