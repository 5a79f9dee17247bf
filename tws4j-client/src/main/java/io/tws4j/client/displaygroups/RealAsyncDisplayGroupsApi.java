package io.tws4j.client.displaygroups;

import io.tws4j.client.Feed;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.displaygroups.codec.DisplayGroupsCodec;
import io.tws4j.protocol.wire.OutMessage;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The implementation behind {@link AsyncDisplayGroupsApi}; clients create it, users get it from a client. */
public final class RealAsyncDisplayGroupsApi implements AsyncDisplayGroupsApi {
    private final Core core;

    public RealAsyncDisplayGroupsApi(Core core) {
        this.core = core;
    }

    @Override
    public CompletableFuture<List<Integer>> queryDisplayGroups() {
        return core.call(DisplayGroupsRequests.query());
    }

    @Override
    public Feed<DisplayGroupUpdate> subscribeToGroupEvents(int groupId) {
        return new FlowFeed<>("display-group-" + groupId, () -> core.open(DisplayGroupsRequests.groupEvents(groupId)));
    }

    @Override
    public CompletableFuture<Void> updateDisplayGroup(int requestId, DisplayGroupUpdate contract) {
        return CompletableFuture.runAsync(
                () -> core.send(OutMessage.UPDATE_DISPLAY_GROUP, DisplayGroupsCodec.updateRequest(requestId, contract)),
                core.options().deliveryExecutor());
    }
}
