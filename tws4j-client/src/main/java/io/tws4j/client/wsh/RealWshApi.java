package io.tws4j.client.wsh;

import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.Core;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshMetadata;

/** The implementation behind {@link WshApi}; clients create it, users get it from a client. */
public final class RealWshApi implements WshApi {
    private final Core core;

    public RealWshApi(Core core) {
        this.core = core;
    }

    @Override
    public WshMetadata wshMetadata() {
        return Blocking.await(WshRequests.metadata(core), "WSH metadata");
    }

    @Override
    public WshEventDataQuery<WshEventData> wshEventData() {
        return new WshEventDataQuery<>(request -> Blocking.await(WshRequests.eventData(core, request), "WSH event data"));
    }
}
