package io.tws4j.cli.demo;

import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import java.time.Duration;

/** Display groups: list them, subscribe to one, and point it at a contract. */
final class DisplayGroupsStep implements DemoStep {

    @Override
    public String title() {
        return "Display groups";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        out.fact("groups", client.queryDisplayGroups());
        try (Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(1)) {
            group.next(Duration.ofSeconds(5)).ifPresent(item -> out.fact("group 1 shows", describe(item)));
            client.updateDisplayGroup(group.requestId(), DisplayGroupUpdate.of(265598, "SMART"));
            group.next(Duration.ofSeconds(5)).ifPresent(item -> out.fact("group 1 now shows", describe(item)));
        }
    }

    private static String describe(StreamItem<DisplayGroupUpdate> item) {
        return switch (item) {
            case StreamItem.Data<DisplayGroupUpdate>(var update) -> update.contractInfo();
            case StreamItem.Notice<DisplayGroupUpdate>(var notice) -> notice.toString();
            case StreamItem.Interrupted<DisplayGroupUpdate>(var at, var reason) -> "interrupted: " + reason;
            case StreamItem.Resumed<DisplayGroupUpdate> resumed -> "resumed after " + resumed.gap().toMillis() + " ms";
            case StreamItem.Reconciled<DisplayGroupUpdate> reconciled -> "reconciled";
        };
    }
}
