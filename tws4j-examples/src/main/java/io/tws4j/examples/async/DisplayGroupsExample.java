package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.examples.ExampleGateway;

/** Lists TWS's display groups asynchronously. Argument: {@code [host:port]}. */
public final class DisplayGroupsExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                client.queryDisplayGroups().thenAccept(groups -> System.out.println("Display groups: " + groups)).join();
            }
        }
    }
}
