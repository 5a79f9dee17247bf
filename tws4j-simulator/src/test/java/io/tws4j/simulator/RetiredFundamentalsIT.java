package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillis;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillisRequest;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccounts;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccountsRequest;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.protocol.proto.FundamentalsProto.CancelFundamentalsData;
import io.tws4j.protocol.proto.FundamentalsProto.FundamentalsDataRequest;
import io.tws4j.protocol.wire.HandshakeAck;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.VersionRange;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IB's Java client 10.45 (server version 223) still sends the fundamentals requests IB removed in
 * 10.47, as protobuf ids 252 and 253. The gateway once dropped such a client ("unknown outgoing
 * message id 252"), after which IB's client failed every call with 504. Replayed here as IB's
 * client frames them: the request is refused on its id, the cancel accepted, and the session
 * serves what follows.
 */
class RetiredFundamentalsIT {
    private static final int REQUEST_ID = 4001;

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void fundamentalsAreRefusedOnTheRequestIdTheCancelAcceptedAndTheSessionGoesOn() throws IOException {
        try (RawClient client = new RawClient(gateway.port())) {
            HandshakeAck ack = client.hello(new VersionRange(100, 223));
            assertThat(ack.serverVersion()).isEqualTo(223);
            client.send(OutMessage.START_API, ConnectionCodec.startApi(7, ""));
            for (int i = 0; i < 5; i++) {
                client.next();
                client.reader.finish();
            }

            // As IB's 10.45 client writes them: reqId, the contract (conId 0 written out), the report type.
            FundamentalsDataRequest request = FundamentalsDataRequest.newBuilder()
                    .setReqId(REQUEST_ID)
                    .setContract(ContractsProto.Contract.newBuilder().setConId(0).setSymbol("AAPL").setSecType("STK")
                            .setExchange("SMART").setCurrency("USD"))
                    .setReportType("ReportsFinSummary")
                    .build();
            client.writer.write(252, request);
            client.writer.write(253, CancelFundamentalsData.newBuilder().setReqId(REQUEST_ID).build());
            client.send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage refusal = client.body(ErrorMessage.parser());
            assertThat(refusal.getId()).isEqualTo(REQUEST_ID);
            assertThat(refusal.getErrorCode()).isEqualTo(430);
            assertThat(refusal.getErrorMsg()).isEqualTo(
                    "We are sorry, but fundamentals data for the security specified is not available.Not allowed");
            // The cancel is answered with nothing: the next frame answers the request after it.
            assertThat(client.next()).isEqualTo(InMessage.CURRENT_TIME_IN_MILLIS);
            assertThat(client.body(CurrentTimeInMillis.parser()).getCurrentTimeInMillis()).isPositive();

            client.send(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.getDefaultInstance());
            assertThat(client.next()).isEqualTo(InMessage.MANAGED_ACCTS);
            assertThat(client.body(ManagedAccounts.parser()).getAccountsList()).isEqualTo("DU1234567");
        }
        assertThat(gateway.takeRequest(OutMessage.REQ_FUNDAMENTAL_DATA, Duration.ofSeconds(5)).orElseThrow().body())
                .extracting(body -> ((FundamentalsDataRequest) body).getReportType()).isEqualTo("ReportsFinSummary");
        assertThat(gateway.takeRequest(OutMessage.CANCEL_FUNDAMENTAL_DATA, Duration.ofSeconds(5))).isPresent();
        assertThat(gateway.engine().unexpectedFailures()).isZero();
    }
}
