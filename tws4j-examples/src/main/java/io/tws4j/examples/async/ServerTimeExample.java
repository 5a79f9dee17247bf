package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.examples.ExampleGateway;

/** Asks TWS for its clock in seconds and milliseconds at once. Argument: {@code [host:port]}. */
public final class ServerTimeExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                client.currentTime()
                        .thenCombine(client.currentTimeMillis(), (seconds, millis) ->
                                "TWS time: " + seconds + " (to the second), " + millis + " (to the millisecond)")
                        .thenAccept(System.out::println)
                        .join();
            }
        }
    }
}
