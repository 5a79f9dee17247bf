package io.tws4j.client;

import io.tws4j.client.accounts.AsyncAccountsApi;
import io.tws4j.client.config.AsyncConfigApi;
import io.tws4j.client.contracts.AsyncContractsApi;
import io.tws4j.client.displaygroups.AsyncDisplayGroupsApi;
import io.tws4j.client.historical.AsyncHistoricalApi;
import io.tws4j.client.marketdata.AsyncMarketDataApi;
import io.tws4j.client.news.AsyncNewsApi;
import io.tws4j.client.orders.AsyncOrdersApi;
import io.tws4j.client.scanner.AsyncScannerApi;
import io.tws4j.client.wsh.AsyncWshApi;
import io.tws4j.connection.Notice;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.UserInfo;
import io.tws4j.connection.VerifyChallenge;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous surface of a connection: the same methods as {@link TwsClient}, with
 * {@link CompletableFuture}s for one-shot requests and {@link Feed}s ({@link java.util.concurrent.Flow.Publisher}s)
 * for streams. Futures and feed signals never run on the connection's reader thread.
 *
 * {@snippet :
 * AsyncTwsClient.connect(options)
 *         .thenCompose(client -> client.currentTime().whenComplete((time, error) -> client.close()))
 *         .thenAccept(System.out::println);
 * }
 */
public interface AsyncTwsClient extends AutoCloseable, AsyncContractsApi, AsyncMarketDataApi, AsyncHistoricalApi,
        AsyncOrdersApi, AsyncAccountsApi, AsyncDisplayGroupsApi, AsyncNewsApi, AsyncConfigApi, AsyncScannerApi, AsyncWshApi {

    /** Connects in the background; the future fails with the same errors {@link TwsClient#connect(ClientOptions)} throws. */
    static CompletableFuture<AsyncTwsClient> connect(ClientOptions options) {
        CompletableFuture<AsyncTwsClient> connected = new CompletableFuture<>();
        Thread.ofVirtual().name("tws4j-connect").start(() -> {
            try {
                connected.complete(TwsClient.connect(options).async());
            } catch (TwsException e) {
                connected.completeExceptionally(e);
            }
        });
        return connected;
    }

    /** Connects in the background to {@code host:port} with the default options. */
    static CompletableFuture<AsyncTwsClient> connect(String address, int clientId) {
        return connect(ClientOptions.builder().address(address).clientId(clientId).build());
    }

    /** Returns the blocking surface of this same connection. */
    TwsClient blocking();

    /** Returns the options this client was built with. */
    ClientOptions options();

    /** Returns what the gateway said when the current connection was established. */
    ConnectionInfo connectionInfo();

    /** Returns the negotiated server version. */
    int serverVersion();

    /** Returns whether the connection is up right now. */
    boolean isConnected();

    /** Returns TWS's current time, to the second. */
    CompletableFuture<Instant> currentTime();

    /** Returns TWS's current time, to the millisecond. */
    CompletableFuture<Instant> currentTimeMillis();

    /** Asks TWS for the accounts this login manages. */
    CompletableFuture<List<String>> managedAccounts();

    /** Asks TWS for the next valid order id, and raises {@link #nextOrderId()} to it. */
    CompletableFuture<Integer> nextValidOrderId();

    /** Returns a fresh order id from the client's own allocator. Sends nothing. */
    int nextOrderId();

    /**
     * Asks TWS about the logged-in user.
     *
     * {@snippet :
     * client.async().userInfo().thenAccept(user -> System.out.println(user.whiteBrandingId()));
     * }
     */
    CompletableFuture<UserInfo> userInfo();

    /**
     * Sets how much TWS writes to its API log; the future completes once the request is sent, as
     * TWS does not answer.
     *
     * {@snippet :
     * client.async().setServerLogLevel(ServerLogLevel.DETAIL).join();
     * }
     */
    CompletableFuture<Void> setServerLogLevel(ServerLogLevel level);

    /**
     * Starts an API verification; the future fails with {@link VerificationFailedException} when TWS
     * ends the verification instead of sending a challenge, as it does for clients that are not
     * vendor applications.
     *
     * {@snippet :
     * client.async().verifyRequest("MyApp", "1.0")
     *         .thenCompose(challenge -> client.async().verifyMessage(sign(challenge.apiData())));
     * }
     */
    CompletableFuture<VerifyChallenge> verifyRequest(String apiName, String apiVersion);

    /**
     * Sends the signed challenge of an API verification; the future fails with
     * {@link VerificationFailedException} if TWS refuses it.
     */
    CompletableFuture<Void> verifyMessage(String apiData);

    /** Returns a feed of the connection-wide notices; each subscriber sees them from when it subscribes. */
    Feed<Notice> notices();

    /** Returns what the pacing governor holds back right now, and why. Sends nothing. */
    PacingStatus pacing();

    /** Closes the connection gracefully, as {@link TwsClient#close()}; blocks until done (usually one round trip). */
    @Override
    void close();

    /** Closes the connection at once, as {@link TwsClient#closeNow()}. */
    void closeNow();
}
