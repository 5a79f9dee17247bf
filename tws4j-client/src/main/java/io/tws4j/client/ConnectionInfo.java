package io.tws4j.client;

import io.tws4j.connection.ConnectionTime;
import java.util.List;

/**
 * What the gateway told the client when the current connection was established.
 *
 * @param serverVersion the negotiated server version
 * @param connectionTime the gateway's time and zone at connection
 * @param clientId the client id of the connection
 * @param managedAccounts the accounts the gateway manages for this login
 * @param nextValidOrderId the next valid order id at connection
 */
public record ConnectionInfo(int serverVersion, ConnectionTime connectionTime, int clientId,
                             List<String> managedAccounts, int nextValidOrderId) {

    public ConnectionInfo {
        managedAccounts = List.copyOf(managedAccounts);
    }
}
