package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.examples.ExampleGateway;

/** Connects asynchronously and prints what the gateway said at connection. Argument: {@code [host:port]}. */
public final class ConnectExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient.connect(gateway.address(), 100)
                    .thenAccept(client -> {
                        try (client) {
                            System.out.println("Connected to " + gateway.address()
                                    + " at server version " + client.connectionInfo().serverVersion());
                            System.out.println("Managed accounts: " + client.connectionInfo().managedAccounts());
                        }
                    })
                    .join();
        }
    }
}
