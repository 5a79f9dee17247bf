package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.protocol.wire.Handshake;
import io.tws4j.protocol.wire.Hello;
import io.tws4j.protocol.wire.VersionRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Who gets in: connections count from accept, and the handshake has one deadline in all. */
class AdmissionIT {

    @Test
    void aHundredClientsConnectingAtOnceGetExactlyTheLimit() throws Exception {
        try (SimulatedGateway gateway = SimulatedGateway.builder().build().start();
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<RawClient>> attempts = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int clientId = i + 1;
                attempts.add(pool.submit(connect(gateway.port(), clientId)));
            }
            List<RawClient> admitted = new ArrayList<>();
            for (Future<RawClient> attempt : attempts) {
                RawClient client = attempt.get(30, TimeUnit.SECONDS);
                if (client != null) {
                    admitted.add(client);
                }
            }
            try {
                assertThat(admitted).hasSize(32);
                assertThat(gateway.connectedClientIds()).hasSize(32);
                assertThat(gateway.engine().connections()).hasSize(32);
            } finally {
                for (RawClient client : admitted) {
                    client.close();
                }
            }
        }
    }

    @Test
    void connectionsThatNeverSendTheirHelloCountAndAreClosedAtTheDeadline() throws IOException {
        try (SimulatedGateway gateway = SimulatedGateway.builder().maxClients(8).handshakeTimeout(Duration.ofMillis(800))
                .build().start()) {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 50; i++) {
                    idle.add(new Socket("127.0.0.1", gateway.port()));
                }
                await().atMost(Duration.ofSeconds(5)).until(() -> idle.stream().filter(AdmissionIT::closedByPeer).count() >= 42);
                assertThat(gateway.engine().connections()).hasSize(8);

                await().atMost(Duration.ofSeconds(5)).until(() -> gateway.engine().connections().isEmpty());
                assertThat(idle).allMatch(AdmissionIT::closedByPeer);
            } finally {
                for (Socket socket : idle) {
                    socket.close();
                }
            }
            try (RawClient client = RawClient.started(gateway.port(), 1)) {
                assertThat(gateway.connectedClientIds()).containsExactly(1);
            }
        }
    }

    @Test
    void aClientTricklingItsHelloAByteASecondIsClosedAtTheDeadline() throws Exception {
        Duration deadline = Duration.ofSeconds(2);
        try (SimulatedGateway gateway = SimulatedGateway.builder().handshakeTimeout(deadline).build().start();
             Socket socket = new Socket("127.0.0.1", gateway.port())) {
            byte[] hello = Handshake.encodeHello(new Hello(new VersionRange(213, 226), ""));
            AtomicBoolean writeFailed = new AtomicBoolean();
            long start = System.nanoTime();
            Thread trickle = Thread.ofVirtual().start(() -> {
                try {
                    OutputStream out = socket.getOutputStream();
                    for (byte b : hello) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(1000);      // the slow-loris's pace, not a synchronisation
                    }
                } catch (IOException e) {
                    writeFailed.set(true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            try {
                await().atMost(Duration.ofSeconds(6)).until(() -> closedByPeer(socket));
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(took).isGreaterThanOrEqualTo(deadline).isLessThan(deadline.plusSeconds(2));
                assertThat(gateway.engine().connections()).isEmpty();
            } finally {
                trickle.interrupt();
            }
        }
    }

    private static Callable<RawClient> connect(int port, int clientId) {
        return () -> {
            RawClient client = new RawClient(port);
            try {
                client.hello(new VersionRange(213, 226));
                client.startApi(clientId);
                for (int i = 0; i < 5; i++) {
                    client.next();
                }
                return client;
            } catch (IOException e) {
                client.close();
                return null;
            }
        };
    }

    /** Whether the gateway has closed this connection: a read ends the stream (or is reset). */
    private static boolean closedByPeer(Socket socket) {
        try {
            socket.setSoTimeout(50);
            InputStream in = socket.getInputStream();
            return in.read() < 0;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
