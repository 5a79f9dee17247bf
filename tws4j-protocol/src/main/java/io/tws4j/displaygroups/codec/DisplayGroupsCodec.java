package io.tws4j.displaygroups.codec;

import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.protocol.proto.DisplayGroupsProto.DisplayGroupList;
import io.tws4j.protocol.proto.DisplayGroupsProto.DisplayGroupUpdated;
import io.tws4j.protocol.proto.DisplayGroupsProto.QueryDisplayGroupsRequest;
import io.tws4j.protocol.proto.DisplayGroupsProto.SubscribeToGroupEventsRequest;
import io.tws4j.protocol.proto.DisplayGroupsProto.UnsubscribeFromGroupEventsRequest;
import io.tws4j.protocol.proto.DisplayGroupsProto.UpdateDisplayGroupRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Both directions of the display-group messages. Group lists travel as ids joined by {@code |}. */
public final class DisplayGroupsCodec {

    private DisplayGroupsCodec() {}

    public static QueryDisplayGroupsRequest queryRequest(int requestId) {
        return QueryDisplayGroupsRequest.newBuilder().setReqId(requestId).build();
    }

    public static DisplayGroupList groupList(int requestId, List<Integer> groups) {
        return DisplayGroupList.newBuilder()
                .setReqId(requestId)
                .setGroups(groups.stream().map(String::valueOf).collect(Collectors.joining("|")))
                .build();
    }

    /**
     * Decodes the group ids.
     *
     * @throws IllegalArgumentException if an entry is not a number
     */
    public static List<Integer> groups(DisplayGroupList message) {
        List<Integer> groups = new ArrayList<>();
        for (String part : message.getGroups().split("\\|")) {
            if (!part.isBlank()) {
                groups.add(Integer.parseInt(part.strip()));
            }
        }
        return List.copyOf(groups);
    }

    public static SubscribeToGroupEventsRequest subscribeRequest(int requestId, int groupId) {
        return SubscribeToGroupEventsRequest.newBuilder().setReqId(requestId).setGroupId(groupId).build();
    }

    public static UnsubscribeFromGroupEventsRequest unsubscribeRequest(int requestId) {
        return UnsubscribeFromGroupEventsRequest.newBuilder().setReqId(requestId).build();
    }

    public static UpdateDisplayGroupRequest updateRequest(int requestId, DisplayGroupUpdate update) {
        return UpdateDisplayGroupRequest.newBuilder().setReqId(requestId).setContractInfo(update.contractInfo()).build();
    }

    public static DisplayGroupUpdate update(UpdateDisplayGroupRequest message) {
        return new DisplayGroupUpdate(message.getContractInfo());
    }

    public static DisplayGroupUpdated updated(int requestId, DisplayGroupUpdate update) {
        return DisplayGroupUpdated.newBuilder().setReqId(requestId).setContractInfo(update.contractInfo()).build();
    }

    public static DisplayGroupUpdate update(DisplayGroupUpdated message) {
        return new DisplayGroupUpdate(message.getContractInfo());
    }
}
