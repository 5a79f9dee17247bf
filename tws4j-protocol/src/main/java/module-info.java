/**
 * The TWS API wire format and vocabulary: schemas, framing, handshake, message ids, server
 * versions, and the per-domain codecs shared by the client and the simulated gateway.
 */
module io.tws4j.protocol {
    requires transitive com.google.protobuf;
    requires java.xml;
    // The WSH payloads are JSON, read with Jackson's tree model: no reflection, so nothing is opened to it.
    requires com.fasterxml.jackson.databind;

    exports io.tws4j.protocol.wire;
    exports io.tws4j.connection;
    exports io.tws4j.contracts;
    exports io.tws4j.marketdata;
    exports io.tws4j.displaygroups;
    exports io.tws4j.news;
    exports io.tws4j.config;
    exports io.tws4j.scanner;
    exports io.tws4j.wsh;
    exports io.tws4j.historical;
    exports io.tws4j.orders;
    exports io.tws4j.accounts;

    exports io.tws4j.connection.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.contracts.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.displaygroups.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.news.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.marketdata.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.config.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.scanner.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.wsh.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.historical.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.orders.codec to io.tws4j.client, io.tws4j.simulator;
    exports io.tws4j.accounts.codec to io.tws4j.client, io.tws4j.simulator;
    // protobuf's reflective accessors (toString, DynamicMessage) need the generated classes too.
    exports io.tws4j.protocol.proto to io.tws4j.client, io.tws4j.simulator, com.google.protobuf;
}
