package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ScannerProto.CancelScannerSubscription;
import io.tws4j.protocol.proto.ScannerProto.ScannerData;
import io.tws4j.protocol.proto.ScannerProto.ScannerParameters;
import io.tws4j.protocol.proto.ScannerProto.ScannerParametersRequest;
import io.tws4j.protocol.proto.ScannerProto.ScannerSubscription;
import io.tws4j.protocol.proto.ScannerProto.ScannerSubscriptionRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scanner on the wire, spoken to by a raw client: parameters, subscriptions that repeat, TWS's limits and errors. */
class GatewayScannerIT {
    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        // Tuesday 4 March 2025, 10:00 in New York; 30 gateway seconds pass every 50 ms.
        gateway = SimulatedGateway.builder().seed(3).startTime(Instant.parse("2025-03-04T15:00:00Z")).speed(600).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void parametersAreTwsShapedXml() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_SCANNER_PARAMETERS, ScannerParametersRequest.getDefaultInstance());

            assertThat(client.next()).isEqualTo(InMessage.SCANNER_PARAMETERS);
            String xml = client.body(ScannerParameters.parser()).getXml();
            assertThat(xml).startsWith("<?xml").contains("<ScanParameterResponse>", "<InstrumentList", "<LocationTree",
                    "<ScanTypeList", "<FilterList", "<scanCode>TOP_PERC_GAIN</scanCode>", "<locationCode>STK.US.MAJOR</locationCode>");
        }
    }

    @Test
    void aSubscriptionAnswersAtOnceThenRepeatsUntilCancelled() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_SCANNER_SUBSCRIPTION, subscribe(7, "MOST_ACTIVE", 5));

            for (int answer = 0; answer < 3; answer++) {
                assertThat(client.next()).isEqualTo(InMessage.SCANNER_DATA);
                ScannerData data = client.body(ScannerData.parser());
                assertThat(data.getReqId()).isEqualTo(7);
                assertThat(data.getScannerDataElementList()).hasSize(5);
                assertThat(data.getScannerDataElement(0).getRank()).isZero();
                assertThat(data.getScannerDataElement(0).getContract().getConId()).isPositive();
                assertThat(data.getScannerDataElement(0).getMarketName()).isNotEmpty();
            }
            client.send(OutMessage.CANCEL_SCANNER_SUBSCRIPTION, CancelScannerSubscription.newBuilder().setReqId(7).build());

            ErrorMessage cancelled = nextError(client);
            assertThat(cancelled.getId()).isEqualTo(7);
            assertThat(cancelled.getErrorCode()).isEqualTo(162);
            assertThat(cancelled.getErrorMsg()).isEqualTo("Historical Market Data Service error message:API scanner subscription cancelled: 7");
        }
    }

    @Test
    void anEleventhSubscriptionIsRefused() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            for (int id = 1; id <= 11; id++) {
                client.send(OutMessage.REQ_SCANNER_SUBSCRIPTION, subscribe(id, "TOP_PERC_GAIN", 1));
            }

            ErrorMessage refused = nextError(client);
            assertThat(refused.getId()).isEqualTo(11);
            assertThat(refused.getErrorCode()).isEqualTo(162);
            assertThat(refused.getErrorMsg()).endsWith("Only 10 simultaneous API scanner subscriptions are allowed.");
        }
    }

    @Test
    void unknownScansDuplicatesAndStrayCancelsGetTwsErrors() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_SCANNER_SUBSCRIPTION, subscribe(1, "NO_SUCH_SCAN", 5));
            ErrorMessage unknown = nextError(client);
            client.send(OutMessage.REQ_SCANNER_SUBSCRIPTION, subscribe(2, "MOST_ACTIVE", 1));
            client.send(OutMessage.REQ_SCANNER_SUBSCRIPTION, subscribe(2, "MOST_ACTIVE", 1));
            ErrorMessage duplicate = nextError(client);
            client.send(OutMessage.CANCEL_SCANNER_SUBSCRIPTION, CancelScannerSubscription.newBuilder().setReqId(99).build());
            ErrorMessage stray = nextError(client);

            assertThat(unknown.getErrorCode()).isEqualTo(162);
            assertThat(unknown.getErrorMsg()).contains("NO_SUCH_SCAN");
            assertThat(duplicate.getId()).isEqualTo(2);
            assertThat(duplicate.getErrorCode()).isEqualTo(385);
            assertThat(stray.getId()).isEqualTo(99);
            assertThat(stray.getErrorCode()).isEqualTo(365);
        }
    }

    private static ScannerSubscriptionRequest subscribe(int id, String scanCode, int rows) {
        return ScannerSubscriptionRequest.newBuilder().setReqId(id)
                .setScannerSubscription(ScannerSubscription.newBuilder().setScanCode(scanCode).setInstrument("STK")
                        .setLocationCode("STK.US.MAJOR").setNumberOfRows(rows))
                .build();
    }

    /** Skips scan results to the next error. */
    private static ErrorMessage nextError(RawClient client) throws IOException {
        while (client.next() != InMessage.ERR_MSG) {
            client.reader.finish();
        }
        return client.body(ErrorMessage.parser());
    }
}
