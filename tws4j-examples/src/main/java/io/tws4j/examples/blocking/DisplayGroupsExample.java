package io.tws4j.examples.blocking;

import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.displaygroups.DisplayGroupUpdate;
import io.tws4j.examples.ExampleGateway;
import java.util.Iterator;

/** Lists TWS's display groups, follows group 1 and points it at AAPL (265598). Argument: {@code [host:port]}. */
public final class DisplayGroupsExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            System.out.println("Display groups: " + client.queryDisplayGroups());
            try (Subscription<DisplayGroupUpdate> group = client.subscribeToGroupEvents(1)) {
                Iterator<DisplayGroupUpdate> updates = group.data().iterator();
                System.out.println("Group 1 shows: " + updates.next().contractInfo());
                client.updateDisplayGroup(group.requestId(), DisplayGroupUpdate.of(265598, "SMART"));
                System.out.println("Group 1 now shows: " + updates.next().contractInfo());
            }
        }
    }
}
