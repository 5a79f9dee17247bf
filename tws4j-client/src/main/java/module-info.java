/**
 * The TWS API client: one connection core with a blocking surface ({@link io.tws4j.client.TwsClient})
 * and an asynchronous one ({@link io.tws4j.client.AsyncTwsClient}).
 */
module io.tws4j.client {
    requires transitive io.tws4j.protocol;
    requires org.slf4j;

    exports io.tws4j.client;
    exports io.tws4j.client.contracts;
    exports io.tws4j.client.marketdata;
    exports io.tws4j.client.displaygroups;
    exports io.tws4j.client.news;
    exports io.tws4j.client.scanner;
    exports io.tws4j.client.wsh;
    exports io.tws4j.client.config;
    exports io.tws4j.client.historical;
    exports io.tws4j.client.orders;
    exports io.tws4j.client.accounts;
}
