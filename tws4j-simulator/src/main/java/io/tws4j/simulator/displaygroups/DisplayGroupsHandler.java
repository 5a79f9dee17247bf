package io.tws4j.simulator.displaygroups;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.displaygroups.codec.DisplayGroupsCodec;
import io.tws4j.protocol.proto.DisplayGroupsProto.QueryDisplayGroupsRequest;
import io.tws4j.protocol.proto.DisplayGroupsProto.SubscribeToGroupEventsRequest;
import io.tws4j.protocol.proto.DisplayGroupsProto.UnsubscribeFromGroupEventsRequest;
import io.tws4j.protocol.proto.DisplayGroupsProto.UpdateDisplayGroupRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * TWS's display groups: seven groups shared by every client of the gateway, each showing one
 * contract or none. Subscribers get the group's contract at once and on every change.
 */
public final class DisplayGroupsHandler {
    private static final List<Integer> GROUPS = IntStream.rangeClosed(1, 7).boxed().toList();

    private final Map<Integer, DisplayGroupUpdate> contracts = new ConcurrentHashMap<>();
    private final Map<Subscriber, Integer> subscriptions = new ConcurrentHashMap<>();

    private DisplayGroupsHandler() {
        GROUPS.forEach(group -> contracts.put(group, new DisplayGroupUpdate(DisplayGroupUpdate.NONE)));
    }

    /** Installs the handlers on an engine. */
    public static void install(GatewayEngine engine) {
        DisplayGroupsHandler handler = new DisplayGroupsHandler();
        engine.onSessionClosed(session -> handler.subscriptions.keySet().removeIf(s -> s.session() == session));
        engine.register(OutMessage.QUERY_DISPLAY_GROUPS, QueryDisplayGroupsRequest.class, handler::query);
        engine.register(OutMessage.SUBSCRIBE_TO_GROUP_EVENTS, SubscribeToGroupEventsRequest.class, handler::subscribe);
        engine.register(OutMessage.UPDATE_DISPLAY_GROUP, UpdateDisplayGroupRequest.class, handler::update);
        engine.register(OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS, UnsubscribeFromGroupEventsRequest.class,
                (session, request) -> handler.subscriptions.remove(new Subscriber(session, request.getReqId())));
    }

    private void query(ClientSession session, QueryDisplayGroupsRequest request) {
        session.send(InMessage.DISPLAY_GROUP_LIST, DisplayGroupsCodec.groupList(request.getReqId(), GROUPS));
    }

    private void subscribe(ClientSession session, SubscribeToGroupEventsRequest request) {
        int group = request.getGroupId();
        if (!contracts.containsKey(group)) {
            // Inferred: TWS rejects an unknown group as an invalid request.
            session.sendError(request.getReqId(), ErrorCodes.REQUEST_VALIDATION_FAILED,
                    "Error validating request.-'SUBSCRIBE_TO_GROUP_EVENTS' : cause - invalid display group " + group);
            return;
        }
        subscriptions.put(new Subscriber(session, request.getReqId()), group);
        session.send(InMessage.DISPLAY_GROUP_UPDATED, DisplayGroupsCodec.updated(request.getReqId(), contracts.get(group)));
    }

    private void update(ClientSession session, UpdateDisplayGroupRequest request) {
        Integer group = subscriptions.get(new Subscriber(session, request.getReqId()));
        if (group == null) {
            session.sendError(request.getReqId(), ErrorCodes.REQUEST_VALIDATION_FAILED,
                    "Error validating request.-'UPDATE_DISPLAY_GROUP' : cause - no group events subscription " + request.getReqId());
            return;
        }
        DisplayGroupUpdate contract = DisplayGroupsCodec.update(request);
        contracts.put(group, contract);
        subscriptions.forEach((subscriber, subscribedGroup) -> {
            if (subscribedGroup.equals(group)) {
                subscriber.session().send(InMessage.DISPLAY_GROUP_UPDATED,
                        DisplayGroupsCodec.updated(subscriber.requestId(), contract));
            }
        });
    }

    private record Subscriber(ClientSession session, int requestId) {}
}
