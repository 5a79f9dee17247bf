package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.Handshake;
import io.tws4j.protocol.wire.HandshakeAck;
import io.tws4j.protocol.wire.VersionRange;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandshakeIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @ParameterizedTest(name = "client v{0}..{1} gets {2}")
    @CsvSource({"213, 226, 226", "100, 223, 223", "100, 226, 226", "213, 213, 213"})
    void gatewayAnswersTheHighestVersionBothSpeak(int min, int max, int expected) {
        ClientOptions options = TestOptions.against(gateway.get(), 1).versions(new VersionRange(min, max)).build();
        try (TwsClient client = TwsClient.connect(options)) {
            assertThat(client.serverVersion()).isEqualTo(expected);
            assertThat(client.managedAccounts()).isNotEmpty();
        }
    }

    @Test
    void olderGatewayIsUsedAtItsOwnVersion() {
        try (SimulatedGateway older = SimulatedGateway.builder().maxServerVersion(219).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(older, 1).build())) {
            assertThat(client.serverVersion()).isEqualTo(219);
        }
    }

    @Test
    void serverBelow213IsRefusedNamingBothVersions() throws IOException {
        try (LegacyServer legacy = new LegacyServer(193)) {
            ClientOptions options = ClientOptions.builder().address("127.0.0.1", legacy.port()).clientId(1).build();

            assertThatThrownBy(() -> TwsClient.connect(options))
                    .isInstanceOfSatisfying(UnsupportedServerVersionException.class, e -> {
                        assertThat(e.found()).isEqualTo(193);
                        assertThat(e.minimum()).isEqualTo(213);
                    })
                    .hasMessageContaining("193").hasMessageContaining("213");
        }
    }

    @Test
    void silentServerTimesOutInsteadOfHanging() {
        gateway.get().injectOnNextConnection(Fault.stall(Duration.ofSeconds(30)));
        ClientOptions options = TestOptions.against(gateway.get(), 1).connectTimeout(Duration.ofMillis(300)).build();
        long start = System.nanoTime();

        assertThatThrownBy(() -> TwsClient.connect(options)).isInstanceOf(ConnectTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void gatewayClosingDuringTheHandshakeIsARejection() {
        gateway.get().injectOnNextConnection(Fault.disconnect());

        assertThatThrownBy(() -> TwsClient.connect(TestOptions.against(gateway.get(), 1).build()))
                .isInstanceOf(ConnectionRejectedException.class)
                .hasMessageContaining("trusted IPs");
    }

    @Test
    void clientIdInUseIsRejectedWith326() {
        try (TwsClient first = TwsClient.connect(TestOptions.against(gateway.get(), 5).build())) {
            assertThatThrownBy(() -> TwsClient.connect(TestOptions.against(gateway.get(), 5).build()))
                    .isInstanceOfSatisfying(ConnectionRejectedException.class, e -> assertThat(e.code()).hasValue(326));
            assertThat(first.managedAccounts()).isNotEmpty();
        }
    }

    @Test
    void nothingListeningIsARefusal() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        ClientOptions options = ClientOptions.builder().address("127.0.0.1", port).clientId(1).build();

        assertThatThrownBy(() -> TwsClient.connect(options)).isInstanceOf(ConnectionRefusedException.class);
    }

    @Test
    void asyncConnectFailsTheFutureWithTheSameError() {
        gateway.get().injectOnNextConnection(Fault.disconnect());

        CompletableFuture<AsyncTwsClient> connecting = AsyncTwsClient.connect(TestOptions.against(gateway.get(), 1).build());

        assertThat(connecting).failsWithin(TestOptions.WAIT).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(ConnectionRejectedException.class);
    }

    /** A gateway from before the protobuf era: acknowledges a fixed old version and nothing else. */
    private static final class LegacyServer implements AutoCloseable {
        private final ServerSocket socket;

        LegacyServer(int version) throws IOException {
            socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
            Thread.ofVirtual().start(() -> {
                try (Socket client = socket.accept()) {
                    Handshake.readHello(new FrameReader(client.getInputStream()));
                    client.getOutputStream().write(Handshake.encodeAck(new HandshakeAck(version, "20250102 09:30:00 EST")));
                    client.getInputStream().read();
                } catch (IOException ignored) {
                    // the client hangs up after refusing the version
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
