package io.tws4j.client;

import io.tws4j.client.contracts.AsyncContractsApi;
import io.tws4j.client.displaygroups.AsyncDisplayGroupsApi;
import io.tws4j.client.news.AsyncNewsApi;
import io.tws4j.connection.Notice;
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
public interface AsyncTwsClient extends AutoCloseable, AsyncContractsApi, AsyncDisplayGroupsApi, AsyncNewsApi {

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

    /** Returns a feed of the connection-wide notices; each subscriber sees them from when it subscribes. */
    Feed<Notice> notices();

    /** Closes the connection. */
    @Override
    void close();
}
