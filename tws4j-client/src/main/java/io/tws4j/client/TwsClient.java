package io.tws4j.client;

import io.tws4j.client.contracts.ContractsApi;
import io.tws4j.client.displaygroups.DisplayGroupsApi;
import io.tws4j.client.news.NewsApi;
import io.tws4j.connection.Notice;
import java.time.Instant;
import java.util.List;

/**
 * A connection to TWS or IB Gateway, and its blocking surface. Every method is safe to call
 * from any thread, virtual threads included; one-shot requests block until TWS answers or the
 * request timeout passes, streams return a {@link Subscription}. {@link #async()} is the
 * asynchronous surface of the same connection.
 *
 * <p>When the connection drops, the client reconnects by itself (see {@link ReconnectPolicy}):
 * one-shot requests in flight are sent again, open subscriptions end with a
 * {@link ConnectionResetException}, and the notice stream reports both events.
 *
 * {@snippet :
 * try (TwsClient client = TwsClient.connect("127.0.0.1:4002", 100)) {
 *     System.out.println("server version " + client.serverVersion() + ", time " + client.currentTime());
 * }
 * }
 */
public interface TwsClient extends AutoCloseable, ContractsApi, DisplayGroupsApi, NewsApi {

    /**
     * Connects to the gateway at {@code host:port} with the default options.
     *
     * @throws ConnectionRefusedException if nothing listens there
     * @throws ConnectionRejectedException if the gateway turns the client away (e.g. error 326, client id in use)
     * @throws UnsupportedServerVersionException if the gateway is older than server version 213
     * @throws ConnectTimeoutException if connecting takes longer than the connect timeout
     */
    static TwsClient connect(String address, int clientId) {
        return connect(ClientOptions.builder().address(address).clientId(clientId).build());
    }

    /**
     * Connects with the given options, blocking until the handshake and the gateway's start-up
     * messages (next valid order id, managed accounts) are through.
     *
     * @throws ConnectionRefusedException if nothing listens at the address
     * @throws ConnectionRejectedException if the gateway turns the client away
     * @throws UnsupportedServerVersionException if the gateway is older than server version 213
     * @throws ConnectTimeoutException if connecting takes longer than the connect timeout
     */
    static TwsClient connect(ClientOptions options) {
        return RealTwsClient.connect(options);
    }

    /**
     * Connects like {@link #connect(ClientOptions)} and returns the client together with the
     * connection-wide notices from the very first one, the farm-status notices sent during the
     * handshake included.
     *
     * {@snippet :
     * try (ClientWithNotices connected = TwsClient.connectWithNoticeStream(options)) {
     *     connected.notices().tryNext().ifPresent(System.out::println);   // e.g. 2104 market data farm OK
     * }
     * }
     */
    static ClientWithNotices connectWithNoticeStream(ClientOptions options) {
        return RealTwsClient.connectWithNoticeStream(options);
    }

    /** Returns the asynchronous surface of this same connection. */
    AsyncTwsClient async();

    /** Returns the options this client was built with. */
    ClientOptions options();

    /** Returns what the gateway said when the current connection was established. */
    ConnectionInfo connectionInfo();

    /** Returns the negotiated server version. */
    int serverVersion();

    /** Returns whether the connection is up right now (false while reconnecting and after closing). */
    boolean isConnected();

    /**
     * Returns TWS's current time, to the second. Concurrent calls each get their own answer;
     * they are spaced a second apart, as TWS answers no faster.
     */
    Instant currentTime();

    /** Returns TWS's current time, to the millisecond. */
    Instant currentTimeMillis();

    /** Asks TWS for the accounts this login manages. */
    List<String> managedAccounts();

    /** Asks TWS for the next valid order id, and raises {@link #nextOrderId()} to it. */
    int nextValidOrderId();

    /**
     * Returns a fresh order id from the client's own allocator, seeded from TWS's next valid id;
     * no id is handed out twice in the client's life. Sends nothing.
     */
    int nextOrderId();

    /**
     * Subscribes to the connection-wide notices from now on: farm status, connectivity (TWS's
     * 1100/1101/1102 and the client's own reconnect notices), and errors with id -1.
     */
    Subscription<Notice> notices();

    /** Closes the connection; open subscriptions end and requests in flight fail with {@link ClientClosedException}. */
    @Override
    void close();
}
