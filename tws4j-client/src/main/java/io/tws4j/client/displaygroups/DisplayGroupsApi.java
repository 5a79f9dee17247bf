package io.tws4j.client.displaygroups;

import io.tws4j.client.Subscription;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import java.util.List;

/** TWS display groups, blocking: the groups that link TWS windows to one contract. */
public interface DisplayGroupsApi {

    /**
     * Returns the ids of the display groups TWS offers. Blocks until TWS answers or the request
     * timeout passes.
     *
     * {@snippet :
     * List<Integer> groups = client.queryDisplayGroups();   // [1, 2, 3, 4, 5, 6, 7]
     * }
     *
     * @throws io.tws4j.client.RequestTimeoutException if TWS does not answer in time
     */
    List<Integer> queryDisplayGroups();

    /**
     * Subscribes to the contract a display group shows; the first item is its current contract.
     * The request goes out now; closing the subscription unsubscribes.
     *
     * {@snippet :
     * try (Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(1)) {
     *     client.updateDisplayGroup(group.requestId(), DisplayGroupUpdate.of(265598, "SMART"));
     *     group.data().forEach(update -> System.out.println(update.contractInfo()));
     * }
     * }
     */
    Subscription<DisplayGroupUpdate> subscribeToGroupEvents(int groupId);

    /**
     * Makes the group of the group-events subscription {@code requestId} show a contract; that
     * subscription then receives the update.
     */
    void updateDisplayGroup(int requestId, DisplayGroupUpdate contract);
}
