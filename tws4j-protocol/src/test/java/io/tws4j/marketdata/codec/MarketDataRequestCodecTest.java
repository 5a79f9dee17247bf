package io.tws4j.marketdata.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MarketDataTypeTick;
import io.tws4j.marketdata.RequestParametersTick;
import io.tws4j.protocol.proto.MarketDataProto;
import java.math.BigDecimal;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The market data request and the messages that open and close its stream. */
class MarketDataRequestCodecTest {

    @Test
    void aRequestTravelsWithItsGenericTicksAsACommaSeparatedList() {
        MarketDataRequest request = new MarketDataRequest(Contract.crypto("BTC").build(), List.of(233, 236), false, false, Map.of());

        MarketDataProto.MarketDataRequest wire = MarketDataCodec.marketDataRequest(12, request);

        assertThat(wire.getReqId()).isEqualTo(12);
        assertThat(wire.getGenericTickList()).isEqualTo("233,236");
        assertThat(wire.getContract().getExchange()).isEqualTo("PAXOS");
        assertThat(wire.hasSnapshot()).as("false stays off the wire").isFalse();
        assertThat(MarketDataCodec.marketDataRequest(wire)).isEqualTo(request);
    }

    @Test
    void ibsOwnRequestBytesAreWhatTws4jWritesForAStock() throws Exception {
        // REQ_MKT_DATA for AAPL from IB's Java client (PROTOCOL.md Appendix B), body only: it writes conId 0 explicitly.
        byte[] body = HexFormat.of().parseHex("08e90712190800" + "12044141504c1a0353544b4205534d4152545203555344");

        MarketDataProto.MarketDataRequest wire = MarketDataProto.MarketDataRequest.parseFrom(body);

        assertThat(wire.getReqId()).isEqualTo(1001);
        assertThat(MarketDataCodec.marketDataRequest(wire)).isEqualTo(MarketDataRequest.streaming(Contract.stock("AAPL").build()));
        assertThat(MarketDataCodec.marketDataRequest(1001, MarketDataRequest.streaming(Contract.stock("AAPL").build())).toByteArray())
                .as("tws4j writes the same bytes").containsExactly(body);
    }

    @Test
    void aSnapshotRequestSaysSoAndAMalformedTickListIsRefused() {
        MarketDataRequest snapshot = new MarketDataRequest(Contract.stock("AAPL").build(), List.of(), true, true, Map.of());
        MarketDataProto.MarketDataRequest wire = MarketDataCodec.marketDataRequest(1, snapshot);

        assertThat(wire.getSnapshot()).isTrue();
        assertThat(wire.getRegulatorySnapshot()).isTrue();
        assertThat(snapshot.isSnapshot()).isTrue();
        assertThatThrownBy(() -> MarketDataCodec.marketDataRequest(wire.toBuilder().setGenericTickList("233,abc").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'abc'");
    }

    @Test
    void parametersTypeAndSnapshotEndRoundTrip() {
        RequestParametersTick parameters = new RequestParametersTick(4, new BigDecimal("0.01"), "a6", 3, "2", "0");
        MarketDataTypeTick type = new MarketDataTypeTick(4, MarketDataType.DELAYED);

        assertThat(MarketDataCodec.requestParameters(MarketDataCodec.requestParameters(parameters))).isEqualTo(parameters);
        assertThat(MarketDataCodec.requestParameters(MarketDataProto.TickReqParams.newBuilder().setReqId(4).build()).minTick())
                .isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(MarketDataCodec.marketDataType(MarketDataCodec.marketDataType(type))).isEqualTo(type);
        assertThat(MarketDataCodec.snapshotEnd(MarketDataCodec.snapshotEnd(4)).requestId()).isEqualTo(4);
        assertThat(MarketDataCodec.marketDataTypeRequest(MarketDataType.DELAYED_FROZEN).getMarketDataType()).isEqualTo(4);
        assertThatThrownBy(() -> MarketDataCodec.marketDataType(MarketDataProto.MarketDataType.newBuilder().setMarketDataType(9).build()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
