package io.tws4j.simulator.core;

import java.util.Map;

/**
 * What one domain streams to each client, for the engine to count and to drop: registered with
 * {@link GatewayEngine#registerSubscriptions}. Dropping is what TWS does when it reports its
 * connection to IB restored with the data lost (1101): the client's subscriptions are gone, and
 * only what it requests again delivers again.
 */
public interface SessionSubscriptions {

    /** Counts the session's live subscriptions by kind, e.g. {@code "market data" -> 3}; kinds with none may be left out. */
    Map<String, Integer> count(ClientSession session);

    /** Drops every subscription of the session without a word to the client; nothing more is sent for them. */
    void drop(ClientSession session);
}
