package io.tws4j.client;

import io.tws4j.client.accounts.AccountsApi;
import io.tws4j.client.config.ConfigApi;
import io.tws4j.client.contracts.ContractsApi;
import io.tws4j.client.displaygroups.DisplayGroupsApi;
import io.tws4j.client.historical.HistoricalApi;
import io.tws4j.client.marketdata.MarketDataApi;
import io.tws4j.client.news.NewsApi;
import io.tws4j.client.orders.OrdersApi;
import io.tws4j.client.scanner.ScannerApi;
import io.tws4j.client.wsh.WshApi;
import io.tws4j.connection.Notice;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.UserInfo;
import io.tws4j.connection.VerifyChallenge;
import java.time.Instant;
import java.util.List;

/**
 * A connection to TWS or IB Gateway, and its blocking surface. Every method is safe to call
 * from any thread, virtual threads included; one-shot requests block until TWS answers or the
 * request timeout passes, streams return a {@link Subscription}. {@link #async()} is the
 * asynchronous surface of the same connection.
 *
 * <p>When the connection drops, the client reconnects by itself (see {@link ReconnectPolicy}):
 * one-shot requests in flight are sent again, open subscriptions resume under new request ids
 * (marking the gap with {@link StreamItem.Interrupted} and {@link StreamItem.Resumed}; see
 * {@link ClientOptions#resumeStreams()}), and the notice stream reports both events.
 *
 * {@snippet :
 * try (TwsClient client = TwsClient.connect("127.0.0.1:4002", 100)) {
 *     System.out.println("server version " + client.serverVersion() + ", time " + client.currentTime());
 * }
 * }
 */
public interface TwsClient extends AutoCloseable, ContractsApi, MarketDataApi, HistoricalApi, OrdersApi, AccountsApi,
        DisplayGroupsApi, NewsApi, ConfigApi, ScannerApi, WshApi {

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
     * Asks TWS about the logged-in user: the white-branding id of the broker whose platform the
     * login belongs to, empty for IBKR's own logins. Blocks until TWS answers or the request
     * timeout passes.
     *
     * {@snippet :
     * UserInfo user = client.userInfo();
     * System.out.println(user.isWhiteBranded() ? "white-branded by " + user.whiteBrandingId() : "IBKR login");
     * }
     */
    UserInfo userInfo();

    /**
     * Sets how much TWS writes to its API log. TWS does not answer; a level is sent at once and
     * applies to TWS as a whole, for every client.
     *
     * {@snippet :
     * client.setServerLogLevel(ServerLogLevel.DETAIL);
     * }
     *
     * @throws ConnectionLostException if the client is reconnecting
     */
    void setServerLogLevel(ServerLogLevel level);

    /**
     * Starts an API verification, which IB keeps for vendor applications: returns the challenge to
     * sign and send back with {@link #verifyMessage}. TWS verifies only applications that announced
     * verification when connecting, which tws4j does not, so TWS ends the verification at once.
     *
     * {@snippet :
     * try {
     *     VerifyChallenge challenge = client.verifyRequest("MyApp", "1.0");
     * } catch (VerificationFailedException e) {
     *     System.out.println(e.errorText());   // TWS expects verification only from vendor builds
     * }
     * }
     *
     * @throws VerificationFailedException if TWS ends the verification instead of sending a challenge
     */
    VerifyChallenge verifyRequest(String apiName, String apiVersion);

    /**
     * Sends the signed challenge of an API verification; returns when TWS accepts it.
     *
     * {@snippet :
     * client.verifyMessage(sign(challenge.apiData()));
     * }
     *
     * @throws VerificationFailedException if TWS refuses it
     */
    void verifyMessage(String apiData);

    /**
     * Subscribes to the connection-wide notices from now on: farm status, connectivity (TWS's
     * 1100/1101/1102 and the client's own reconnect notices), and errors with id -1.
     */
    Subscription<Notice> notices();

    /**
     * Returns what the pacing governor holds back right now, and why (see {@link PacingRules}).
     * Sends nothing.
     */
    PacingStatus pacing();

    /**
     * Closes the connection gracefully: new calls fail with {@link ClientClosedException}; every
     * message already accepted (an order a {@code submit()} returned for included) is written, the
     * socket is half-closed so that the gateway reads the last frame, and replies still arriving
     * reach their requests until the gateway closes its side or
     * {@link ClientOptions#closeGracePeriod()} passes. Then open subscriptions end normally and
     * calls still waiting fail with {@link ClientClosedException}. Usually one round trip.
     */
    @Override
    void close();

    /**
     * Closes the connection at once: what was not yet written is lost, and the calls waiting for
     * it fail with {@link ClientClosedException}; open subscriptions end normally.
     */
    void closeNow();
}
