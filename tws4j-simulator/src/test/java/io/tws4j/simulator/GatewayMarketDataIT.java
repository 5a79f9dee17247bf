package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ContractsProto.Contract;
import io.tws4j.protocol.proto.MarketDataProto.CancelMarketData;
import io.tws4j.protocol.proto.MarketDataProto.CancelMarketDepth;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataType;
import io.tws4j.protocol.proto.MarketDataProto.RealTimeBarTick;
import io.tws4j.protocol.proto.MarketDataProto.RealTimeBarsRequest;
import io.tws4j.protocol.proto.MarketDataProto.TickPrice;
import io.tws4j.protocol.proto.MarketDataProto.TickReqParams;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The market data domain on the wire, spoken to by a raw client as IB's own client would. */
class GatewayMarketDataIT {
    /** REQ_MKT_DATA for AAPL, request id 1001, as IB's Java client writes the whole frame (PROTOCOL.md Appendix B). */
    private static final String IB_AAPL_FRAME = "00000022 000000c9 08e907 1219 0800 12044141504c 1a0353544b 4205534d415254 5203555344";
    private static final Contract AAPL = Contract.newBuilder().setSymbol("AAPL").setSecType("STK").setExchange("SMART")
            .setCurrency("USD").build();

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().startTime(Instant.parse("2026-11-18T15:00:00Z")).speed(20).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void ibsOwnRequestGetsItsParametersTheMarketDataTypeThenTicks() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.writeRaw(HexFormat.of().parseHex(IB_AAPL_FRAME.replace(" ", "")));

            assertThat(client.next()).isEqualTo(InMessage.TICK_REQ_PARAMS);
            TickReqParams parameters = client.body(TickReqParams.parser());
            assertThat(parameters.getReqId()).isEqualTo(1001);
            assertThat(parameters.getMinTick()).isEqualTo("0.01");
            assertThat(parameters.getBboExchange()).isEqualTo("a6");
            assertThat(parameters.getLastPricePrecision()).isEqualTo("2");
            assertThat(client.next()).isEqualTo(InMessage.MARKET_DATA_TYPE);
            assertThat(client.body(MarketDataType.parser()).getMarketDataType()).isEqualTo(1);
            assertThat(client.next()).isEqualTo(InMessage.TICK_PRICE);
            TickPrice bid = client.body(TickPrice.parser());
            assertThat(bid.getTickType()).isEqualTo(1);
            assertThat(bid.getSize()).matches("\\d+");
            assertThat(bid.getAttrMask()).isEqualTo(1);
            assertThat(gateway.marketDataStatus().lines()).isEqualTo(1);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.marketDataStatus().isIdle());
    }

    @Test
    void duplicateIdsUnknownCancelsAndBadRequestsGetTwsCodes() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(7).setContract(AAPL).build());
            client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(7).setContract(AAPL).build());
            assertThat(nextError(client)).satisfies(error -> {
                assertThat(error.getId()).isEqualTo(7);
                assertThat(error.getErrorCode()).isEqualTo(102);
                assertThat(error.getErrorMsg()).isEqualTo("Duplicate ticker ID.");
            });

            client.send(OutMessage.CANCEL_MKT_DATA, CancelMarketData.newBuilder().setReqId(8).build());
            assertThat(nextError(client)).satisfies(error -> {
                assertThat(error.getErrorCode()).isEqualTo(300);
                assertThat(error.getErrorMsg()).isEqualTo("Can't find EId with tickerId:8");
            });
            client.send(OutMessage.CANCEL_MKT_DEPTH, CancelMarketDepth.newBuilder().setReqId(9).build());
            assertThat(nextError(client).getErrorCode()).isEqualTo(310);

            client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(10).setContract(AAPL)
                    .setGenericTickList("233,999").build());
            assertThat(nextError(client)).satisfies(error -> {
                assertThat(error.getErrorCode()).isEqualTo(321);
                assertThat(error.getErrorMsg()).contains("Incorrect generic tick list of 999").contains("Legal ones for (STK)");
            });
            client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(11)
                    .setContract(Contract.newBuilder().setConId(265598)).build());
            assertThat(nextError(client).getErrorMsg()).endsWith("Please enter exchange");
            client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(12)
                    .setContract(Contract.newBuilder().setSymbol("ES").setSecType("FUT").setExchange("CME")).build());
            assertThat(nextError(client)).satisfies(error -> {
                assertThat(error.getErrorCode()).isEqualTo(200);
                assertThat(error.getErrorMsg()).contains("is ambiguous");
            });

            client.send(OutMessage.CANCEL_MKT_DATA, CancelMarketData.newBuilder().setReqId(7).build());
            await().atMost(Duration.ofSeconds(5)).until(() -> gateway.marketDataStatus().isIdle());
        }
    }

    @Test
    void aClosedConnectionStopsEveryStreamItHad() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataRequest.newBuilder().setReqId(1).setContract(AAPL).build());
            client.send(OutMessage.REQ_REAL_TIME_BARS, RealTimeBarsRequest.newBuilder().setReqId(2).setContract(AAPL)
                    .setBarSize(5).setWhatToShow("MIDPOINT").build());
            await().atMost(Duration.ofSeconds(5)).until(() -> gateway.marketDataStatus().realTimeBarStreams() == 1
                    && gateway.marketDataStatus().lines() == 1);

            RealTimeBarTick bar = null;
            while (bar == null) {
                if (client.next() == InMessage.REAL_TIME_BARS) {
                    bar = client.body(RealTimeBarTick.parser());
                } else {
                    client.reader.finish();
                }
            }
            assertThat(bar.getReqId()).isEqualTo(2);
            assertThat(bar.getTime() % 5).isZero();
            assertThat(bar.getVolume()).isEqualTo("0");
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.marketDataStatus().isIdle());
    }

    private static ErrorMessage nextError(RawClient client) throws IOException {
        while (true) {
            if (client.next() == InMessage.ERR_MSG) {
                return client.body(ErrorMessage.parser());
            }
            client.reader.finish();
        }
    }
}
