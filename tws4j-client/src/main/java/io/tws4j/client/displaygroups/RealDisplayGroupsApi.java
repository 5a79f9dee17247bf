package io.tws4j.client.displaygroups;

import io.tws4j.client.Subscription;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.displaygroups.codec.DisplayGroupsCodec;
import io.tws4j.protocol.wire.OutMessage;
import java.util.List;

/** The implementation behind {@link DisplayGroupsApi}; clients create it, users get it from a client. */
public final class RealDisplayGroupsApi implements DisplayGroupsApi {
    private final Core core;

    public RealDisplayGroupsApi(Core core) {
        this.core = core;
    }

    @Override
    public List<Integer> queryDisplayGroups() {
        return Blocking.await(core.call(DisplayGroupsRequests.query()), "display groups");
    }

    @Override
    public Subscription<DisplayGroupUpdate> subscribeToGroupEvents(int groupId) {
        return new BlockingSubscription<>(core.open(DisplayGroupsRequests.groupEvents(groupId)));
    }

    @Override
    public void updateDisplayGroup(int requestId, DisplayGroupUpdate contract) {
        core.send(OutMessage.UPDATE_DISPLAY_GROUP, DisplayGroupsCodec.updateRequest(requestId, contract));
    }
}
