package io.tws4j.client.wsh;

import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshMetadata;
import java.util.concurrent.CompletableFuture;

/** Wall Street Horizon corporate events, asynchronous. Futures never complete on the connection's reader thread. */
public interface AsyncWshApi {

    /**
     * Returns WSH's metadata; TWS expects it before any event query.
     *
     * {@snippet :
     * client.async().wshMetadata().thenAccept(metadata -> System.out.println(metadata.eventTypes()));
     * }
     */
    CompletableFuture<WshMetadata> wshMetadata();

    /**
     * Starts a query of WSH events; {@link WshEventDataQuery#fetch()} returns their future.
     *
     * {@snippet :
     * client.async().wshMetadata()
     *         .thenCompose(metadata -> client.async().wshEventData().forContract(265598).limit(10).fetch())
     *         .thenAccept(events -> events.events().forEach(System.out::println));
     * }
     */
    WshEventDataQuery<CompletableFuture<WshEventData>> wshEventData();
}
