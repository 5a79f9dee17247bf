package io.tws4j.examples.blocking;

import io.tws4j.client.ConnectionInfo;
import io.tws4j.client.TwsClient;
import io.tws4j.examples.ExampleGateway;

/** Connects and prints what the gateway said at connection. Argument: {@code [host:port]}. */
public final class ConnectExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            ConnectionInfo info = client.connectionInfo();
            System.out.println("Connected to " + gateway.address() + " at server version " + info.serverVersion());
            System.out.println("Gateway time at connection: " + info.connectionTime().text());
            System.out.println("Managed accounts: " + info.managedAccounts());
            System.out.println("Next valid order id: " + info.nextValidOrderId());
        }
    }
}
