package io.tws4j.examples.blocking;

import io.tws4j.client.TwsClient;
import io.tws4j.examples.ExampleGateway;
import java.time.Duration;
import java.time.Instant;

/** Asks TWS for its clock and compares it with the local one. Argument: {@code [host:port]}. */
public final class ServerTimeExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            Instant server = client.currentTimeMillis();
            System.out.println("TWS time: " + server);
            System.out.println("Local clock minus TWS clock: " + Duration.between(server, Instant.now()).toMillis() + " ms");
        }
    }
}
