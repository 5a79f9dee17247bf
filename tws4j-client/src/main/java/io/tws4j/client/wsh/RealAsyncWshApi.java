package io.tws4j.client.wsh;

import io.tws4j.client.core.Core;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshMetadata;
import java.util.concurrent.CompletableFuture;

/** The implementation behind {@link AsyncWshApi}; clients create it, users get it from a client. */
public final class RealAsyncWshApi implements AsyncWshApi {
    private final Core core;

    public RealAsyncWshApi(Core core) {
        this.core = core;
    }

    @Override
    public CompletableFuture<WshMetadata> wshMetadata() {
        return WshRequests.metadata(core);
    }

    @Override
    public WshEventDataQuery<CompletableFuture<WshEventData>> wshEventData() {
        return new WshEventDataQuery<>(request -> WshRequests.eventData(core, request));
    }
}
