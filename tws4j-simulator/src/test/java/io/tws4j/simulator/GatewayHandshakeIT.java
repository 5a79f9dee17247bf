package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.connection.ConnectionTime;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccounts;
import io.tws4j.protocol.proto.ConnectionProto.NextValidId;
import io.tws4j.protocol.proto.ConnectionProto;
import io.tws4j.protocol.wire.Handshake;
import io.tws4j.protocol.wire.HandshakeAck;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.VersionRange;
import java.io.EOFException;
import java.io.IOException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gateway's side of the handshake and start-up, seen through raw frames. */
class GatewayHandshakeIT {
    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().accounts(List.of("DU111", "DU222")).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @ParameterizedTest(name = "v{0}..{1} is answered with {2}")
    @CsvSource({"213, 226, 226", "100, 223, 223", "100, 226, 226", "213, 213, 213", "220, 300, 226"})
    void answersTheHighestVersionBothSpeakNeverAboveTheClients(int min, int max, int expected) throws IOException {
        try (RawClient client = new RawClient(gateway.port())) {
            HandshakeAck ack = client.hello(new VersionRange(min, max));

            assertThat(ack.serverVersion()).isEqualTo(expected);
            assertThat(ConnectionTime.parse(ack.connectionTime()).zone()).contains(ZoneId.of("America/New_York"));
        }
    }

    @ParameterizedTest(name = "v{0}..{1} is turned away")
    @CsvSource({"100, 193", "100, 212", "227, 230"})
    void clientThatCannotSpeak213To226IsTurnedAwayCleanly(int min, int max) throws IOException {
        try (RawClient client = new RawClient(gateway.port())) {
            assertThatThrownBy(() -> client.hello(new VersionRange(min, max))).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void olderConfiguredGatewayAnswersItsOwnMaximum() throws IOException {
        try (SimulatedGateway older = SimulatedGateway.builder().maxServerVersion(220).build().start();
             RawClient client = new RawClient(older.port())) {
            assertThat(client.hello(new VersionRange(100, 226)).serverVersion()).isEqualTo(220);
        }
    }

    @Test
    void startApiIsFollowedByAccountsNextIdAndFarmStatus() throws IOException {
        try (RawClient client = new RawClient(gateway.port())) {
            client.hello(new VersionRange(213, 226));
            client.startApi(12);

            assertThat(client.next()).isEqualTo(InMessage.MANAGED_ACCTS);
            assertThat(client.body(ManagedAccounts.parser()).getAccountsList()).isEqualTo("DU111,DU222");
            assertThat(client.next()).isEqualTo(InMessage.NEXT_VALID_ID);
            assertThat(client.body(NextValidId.parser()).getOrderId()).isEqualTo(1);
            for (int code : new int[] {2104, 2106, 2158}) {
                assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
                ErrorMessage notice = client.body(ErrorMessage.parser());
                assertThat(notice.getId()).isEqualTo(-1);
                assertThat(notice.getErrorCode()).isEqualTo(code);
                assertThat(notice.hasErrorTime()).isTrue();
            }
        }
    }

    @Test
    void ibsOwnClientBytesAreAccepted() throws IOException {
        try (RawClient client = new RawClient(gateway.port())) {
            // Hello and START_API exactly as IB's Java client 10.45 sends them (PROTOCOL.md Appendix B).
            client.writeRaw(HexFormat.of().parseHex("4150490000000009763130302e2e323233"));
            HandshakeAck ack = Handshake.readAck(client.reader);
            client.writeRaw(HexFormat.of().parseHex("000000060000010f0807"));

            assertThat(ack.serverVersion()).isEqualTo(223);
            assertThat(client.next()).isEqualTo(InMessage.MANAGED_ACCTS);
            assertThat(gateway.connectedClientIds()).containsExactly(7);
        }
    }

    @Test
    void secondConnectionWithAClientIdInUseGets326AndIsClosed() throws IOException {
        try (RawClient first = RawClient.started(gateway.port(), 4);
             RawClient second = new RawClient(gateway.port())) {
            second.hello(new VersionRange(213, 226));
            second.startApi(4);

            assertThat(second.next()).isEqualTo(InMessage.ERR_MSG);
            assertThat(second.body(ErrorMessage.parser()).getErrorCode()).isEqualTo(326);
            assertThat(second.isClosedByGateway()).isTrue();
            assertThat(gateway.connectedClientIds()).containsExactly(4);
        }
    }

    @Test
    void clientsBeyondTheLimitAreClosedBeforeTheHandshake() throws IOException {
        try (SimulatedGateway small = SimulatedGateway.builder().maxClients(2).build().start();
             RawClient one = RawClient.started(small.port(), 1);
             RawClient two = RawClient.started(small.port(), 2);
             RawClient three = new RawClient(small.port())) {
            assertThatThrownBy(() -> three.hello(new VersionRange(213, 226))).isInstanceOf(IOException.class);
            assertThat(small.connectedClientIds()).containsExactlyInAnyOrder(1, 2);
        }
    }

    @Test
    void requestBeforeStartApiClosesTheConnection() throws IOException {
        try (RawClient client = new RawClient(gateway.port())) {
            client.hello(new VersionRange(213, 226));
            client.send(OutMessage.REQ_CURRENT_TIME,
                    ConnectionProto.CurrentTimeRequest.getDefaultInstance());

            assertThat(client.isClosedByGateway()).isTrue();
        }
    }

    @Test
    void onlyLoopbackAndTrustedAddressesMayConnect() throws IOException {
        GatewayOptions options = SimulatedGateway.builder().trustedAddresses(Set.of("192.0.2.7")).build().options();

        assertThat(options.isTrusted(java.net.InetAddress.getLoopbackAddress())).isTrue();
        assertThat(options.isTrusted(java.net.InetAddress.getByName("192.0.2.7"))).isTrue();
        assertThat(options.isTrusted(java.net.InetAddress.getByName("192.0.2.8"))).isFalse();
    }
}
