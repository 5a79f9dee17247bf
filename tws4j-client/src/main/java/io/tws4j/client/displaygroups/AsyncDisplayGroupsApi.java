package io.tws4j.client.displaygroups;

import io.tws4j.client.Feed;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** TWS display groups, asynchronous. Futures never complete on the connection's reader thread. */
public interface AsyncDisplayGroupsApi {

    /** Returns the ids of the display groups TWS offers. */
    CompletableFuture<List<Integer>> queryDisplayGroups();

    /**
     * Returns a feed of the contract a display group shows; each subscriber subscribes to the
     * group's events when it subscribes and unsubscribes when it cancels.
     *
     * {@snippet :
     * client.async().subscribeToGroupEvents(1).data().subscribe(subscriber);
     * }
     */
    Feed<DisplayGroupUpdate> subscribeToGroupEvents(int groupId);

    /** Makes the group of the group-events subscription {@code requestId} show a contract. */
    CompletableFuture<Void> updateDisplayGroup(int requestId, DisplayGroupUpdate contract);
}
