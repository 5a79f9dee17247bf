package io.tws4j.cli.demo;

import io.tws4j.client.ConnectionInfo;
import io.tws4j.client.TwsClient;

/** The connection facts: version, time, accounts, ids and the server's clock. */
final class ConnectionStep implements DemoStep {

    @Override
    public String title() {
        return "Connection";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        ConnectionInfo info = client.connectionInfo();
        out.fact("server version", info.serverVersion());
        out.fact("connection time", info.connectionTime().text()
                + info.connectionTime().zonedTime().map(time -> " (" + time.toInstant() + ")").orElse(""));
        out.fact("client id", info.clientId());
        out.fact("managed accounts", String.join(", ", info.managedAccounts()));
        out.fact("next valid order id", info.nextValidOrderId());
        out.fact("server time", client.currentTime());
        out.fact("server time (ms)", client.currentTimeMillis());
    }
}
