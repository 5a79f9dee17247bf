package io.tws4j.cli;

import io.tws4j.client.ClientOptions;
import io.tws4j.client.ClientWithNotices;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.connection.Notice;
import io.tws4j.simulator.SimulatedGateway;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A command's connection: to the gateway given with {@code --gateway}, or to an embedded
 * simulated gateway started for the command (seeded, its clock on a Wednesday at 10:00 in New
 * York, so that US markets are open). Read-only on the client side: these commands look, they
 * never trade.
 */
public final class Session implements AutoCloseable {
    /** The embedded gateway's clock starts here: Wednesday 18 November 2026, 10:00 in New York. */
    public static final Instant EMBEDDED_START = Instant.parse("2026-11-18T15:00:00Z");

    private final SimulatedGateway embedded;
    private final ClientWithNotices connected;

    private Session(SimulatedGateway embedded, ClientWithNotices connected) {
        this.embedded = embedded;
        this.connected = connected;
    }

    /** Opens a session with a plain embedded gateway. */
    public static Session open(Connection connection, Progress progress) throws Exception {
        return open(connection, progress, builder -> { }, false);
    }

    /**
     * Opens a session.
     *
     * @param configure adjusts the embedded gateway (not used with {@code --gateway})
     * @param exampleActivity whether to place {@link ExampleActivity} on the embedded gateway first
     */
    public static Session open(Connection connection, Progress progress, Consumer<SimulatedGateway.Builder> configure,
                               boolean exampleActivity) throws Exception {
        Logging.configure(connection.verbose());
        SimulatedGateway embedded = null;
        String address;
        if (connection.gateway() == null) {
            SimulatedGateway.Builder builder = SimulatedGateway.builder().seed(connection.seed()).startTime(EMBEDDED_START);
            configure.accept(builder);
            embedded = builder.build().start();
            address = embedded.address();
        } else {
            address = connection.gateway().toString();
        }
        try {
            if (embedded != null && exampleActivity) {
                SimulatedGateway gateway = embedded;
                progress.step("placing example orders on the embedded gateway", () -> {
                    ExampleActivity.place(gateway.address());
                    return null;
                });
            }
            ClientOptions options = ClientOptions.builder().address(address).clientId(connection.clientId()).readOnly(true).build();
            ClientWithNotices connected = progress.step("connecting to " + address, () -> TwsClient.connectWithNoticeStream(options));
            return new Session(embedded, connected);
        } catch (Exception | Error e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    /** The connected client (read-only). */
    public TwsClient client() {
        return connected.client();
    }

    /** The notices since the handshake (farm status and the like). */
    public Subscription<Notice> notices() {
        return connected.notices();
    }

    /** Whether this is the embedded simulated gateway. */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Says where the data comes from, for a heading. */
    public String where() {
        return isEmbedded() ? "the embedded simulated gateway at " + embedded.address()
                : connected.client().options().address();
    }

    @Override
    public void close() {
        try {
            connected.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
