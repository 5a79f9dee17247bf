package io.tws4j.client.displaygroups;

import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.StreamSpec;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.displaygroups.codec.DisplayGroupsCodec;
import io.tws4j.protocol.proto.DisplayGroupsProto.DisplayGroupList;
import io.tws4j.protocol.proto.DisplayGroupsProto.DisplayGroupUpdated;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.util.List;

/** The display-group requests: what each sends and what its replies become. */
final class DisplayGroupsRequests {

    private DisplayGroupsRequests() {}

    static CallSpec<List<Integer>> query() {
        return CallSpec.<List<Integer>>byRequestId("display groups", OutMessage.QUERY_DISPLAY_GROUPS,
                        DisplayGroupsCodec::queryRequest)
                .single(InMessage.DISPLAY_GROUP_LIST, DisplayGroupList.class, DisplayGroupsCodec::groups);
    }

    static StreamSpec<DisplayGroupUpdate> groupEvents(int groupId) {
        return StreamSpec.<DisplayGroupUpdate>byRequestId("display group " + groupId + " events",
                        OutMessage.SUBSCRIBE_TO_GROUP_EVENTS, id -> DisplayGroupsCodec.subscribeRequest(id, groupId))
                .cancel(OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS, DisplayGroupsCodec::unsubscribeRequest)
                .on(InMessage.DISPLAY_GROUP_UPDATED, DisplayGroupUpdated.class,
                        (message, sink) -> sink.next(DisplayGroupsCodec.update(message)))
                .build();
    }
}
