package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.protocol.proto.ConnectionProto.CurrentTime;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeRequest;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccounts;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccountsRequest;
import io.tws4j.protocol.proto.ConnectionProto.UserInfoRequest;
import io.tws4j.protocol.wire.Frames;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.VersionRange;
import io.tws4j.simulator.core.GatewayServer;
import io.tws4j.simulator.core.RequestRejected;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayRequestsIT {
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
    void requestWithoutAHandlerIsRejectedWith321NamingIt() throws IOException {
        try (GatewayServer bare = GatewayServer.start(gateway.options(), engine -> { });
             RawClient client = new RawClient(bare.port())) {
            client.hello(new VersionRange(213, 226));
            client.startApi(1);
            client.send(OutMessage.REQ_USER_INFO, UserInfoRequest.newBuilder().setReqId(77).build());

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage error = client.body(ErrorMessage.parser());
            assertThat(error.getId()).isEqualTo(77);
            assertThat(error.getErrorCode()).isEqualTo(321);
            assertThat(error.getErrorMsg()).contains("REQ_USER_INFO");
        }
    }

    @Test
    void aRequestAHandlerRejectsGetsTheHandlersErrorOnItsIdAndTheSessionGoesOn() throws IOException {
        try (GatewayServer bare = GatewayServer.start(gateway.options(), engine -> engine.register(OutMessage.REQ_USER_INFO,
                UserInfoRequest.class, (session, request) -> {
                    throw RequestRejected.with(10_000 + request.getReqId(), "refused by the handler");
                }));
             RawClient client = new RawClient(bare.port())) {
            client.hello(new VersionRange(213, 226));
            client.startApi(1);
            client.send(OutMessage.REQ_USER_INFO, UserInfoRequest.newBuilder().setReqId(77).build());
            client.send(OutMessage.REQ_USER_INFO, UserInfoRequest.newBuilder().setReqId(78).build());

            for (int id : new int[] {77, 78}) {
                assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
                ErrorMessage error = client.body(ErrorMessage.parser());
                assertThat(error.getId()).isEqualTo(id);
                assertThat(error.getErrorCode()).isEqualTo(10_000 + id);
                assertThat(error.getErrorMsg()).isEqualTo("refused by the handler");
            }
            assertThat(bare.engine().unexpectedFailures()).isZero();
        }
    }

    @Test
    void aHandlerThatFailsIsAnsweredByTheSafetyNetOnTheRequestIdAndCounted() throws IOException {
        try (GatewayServer bare = GatewayServer.start(gateway.options(), engine -> engine.register(OutMessage.REQ_USER_INFO,
                UserInfoRequest.class, (session, request) -> {
                    throw new IllegalStateException("a bug in the handler");
                }));
             RawClient client = new RawClient(bare.port())) {
            client.hello(new VersionRange(213, 226));
            client.startApi(1);
            client.send(OutMessage.REQ_USER_INFO, UserInfoRequest.newBuilder().setReqId(77).build());
            client.send(OutMessage.REQ_USER_INFO, UserInfoRequest.newBuilder().setReqId(78).build());

            for (int id : new int[] {77, 78}) {
                assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
                ErrorMessage error = client.body(ErrorMessage.parser());
                assertThat(error.getId()).isEqualTo(id);
                assertThat(error.getErrorCode()).isEqualTo(321);
                assertThat(error.getErrorMsg()).isEqualTo("Error validating request.-'REQ_USER_INFO' : cause - the simulated"
                        + " gateway failed on this request (java.lang.IllegalStateException: a bug in the handler)");
            }
            assertThat(bare.engine().unexpectedFailures()).isEqualTo(2);
        }
    }

    @Test
    void textOnlyRequestIsRejectedWith321() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.writeRaw(Frames.encodeText(OutMessage.VERIFY_AND_AUTH_REQUEST.id(), "1", "api", "1.0", "key"));

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            assertThat(client.body(ErrorMessage.parser()).getErrorCode()).isEqualTo(321);
        }
    }

    @Test
    void secondCurrentTimeWithinASecondIsIgnoredAsTwsDoes() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_CURRENT_TIME, CurrentTimeRequest.getDefaultInstance());
            client.send(OutMessage.REQ_CURRENT_TIME, CurrentTimeRequest.getDefaultInstance());
            client.send(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.getDefaultInstance());

            assertThat(client.next()).isEqualTo(InMessage.CURRENT_TIME);
            long seconds = client.body(CurrentTime.parser()).getCurrentTime();
            assertThat(Instant.ofEpochSecond(seconds)).isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
            assertThat(client.next()).isEqualTo(InMessage.MANAGED_ACCTS);
            assertThat(client.body(ManagedAccounts.parser()).getAccountsList()).isEqualTo("DU1234567");
        }
    }

    @Test
    void malformedFrameClosesThatClientOnlyAndTheOthersCarryOn() throws IOException {
        try (RawClient bad = RawClient.started(gateway.port(), 1);
             RawClient good = RawClient.started(gateway.port(), 2)) {
            bad.writeRaw(new byte[] {0x7F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xF9});

            assertThat(bad.isClosedByGateway()).isTrue();
            good.send(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.getDefaultInstance());
            assertThat(good.next()).isEqualTo(InMessage.MANAGED_ACCTS);
            assertThat(gateway.connectedClientIds()).containsExactly(2);
        }
    }

    @Test
    void undecodableBodyIsAnswered320AndTheSessionGoesOn() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.writer.write(OutMessage.UPDATE_DISPLAY_GROUP.wireId(), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
            client.send(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.getDefaultInstance());

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage error = client.body(ErrorMessage.parser());
            assertThat(error.getId()).isEqualTo(-1);
            assertThat(error.getErrorCode()).isEqualTo(320);
            assertThat(error.getErrorMsg()).startsWith("Error reading request.  Unable to parse data.");
            assertThat(client.next()).isEqualTo(InMessage.MANAGED_ACCTS);
        }
    }

    @Test
    void undecodableBodyIsAnsweredOnTheRequestIdThatDecoded() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            // reqId 77, then a string field cut short inside the body.
            client.writer.write(OutMessage.UPDATE_DISPLAY_GROUP.wireId(), new byte[] {0x08, 0x4D, 0x12, 0x05, 0x41});
            client.writer.flush();

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage error = client.body(ErrorMessage.parser());
            assertThat(error.getId()).isEqualTo(77);
            assertThat(error.getErrorCode()).isEqualTo(320);
            assertThat(error.getErrorMsg()).startsWith("Error reading request.Message id 77.  Unable to parse data.");
        }
    }

    @Test
    void unknownMessageIdIsAnsweredOnTheRequestIdOfItsBodyAndTheSessionGoesOn() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.writer.write(230, new byte[] {0x08, 0x2A, 0x1A, 0x01, 0x41});
            client.writer.write(30, "1\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            client.send(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.getDefaultInstance());

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage protobuf = client.body(ErrorMessage.parser());
            assertThat(protobuf.getId()).isEqualTo(42);
            assertThat(protobuf.getErrorCode()).isEqualTo(321);
            assertThat(protobuf.getErrorMsg()).contains("unknown message id 230");
            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage text = client.body(ErrorMessage.parser());
            assertThat(text.getId()).isEqualTo(-1);
            assertThat(text.getErrorMsg()).contains("unknown message id 30");
            assertThat(client.next()).isEqualTo(InMessage.MANAGED_ACCTS);
            assertThat(gateway.connectedClientIds()).containsExactly(1);
        }
    }

    @Test
    void everyRequestIsRecordedForTests() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 9)) {
            client.send(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.getDefaultInstance());

            assertThat(gateway.takeRequest(OutMessage.START_API, Duration.ofSeconds(5)).orElseThrow().clientId()).isEqualTo(9);
            RecordedRequest request = gateway.takeRequest(Duration.ofSeconds(5)).orElseThrow();
            assertThat(request.message()).isEqualTo(OutMessage.REQ_MANAGED_ACCTS);
            assertThat(request.clientId()).isEqualTo(9);
        }
    }
}
