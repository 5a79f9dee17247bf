package io.tws4j.simulator.marketdata;

/** The kinds of market data stream a client can have, each with its own request ids, cancel and limit. */
enum StreamKind {
    /** {@code reqMktData}: takes a market data line while it streams. */
    TOP_OF_BOOK("REQ_MKT_DATA", "market data"),
    /** {@code reqMktDepth}: limited to a number of distinct contracts. */
    DEPTH("REQ_MKT_DEPTH", "market depth"),
    /** {@code reqTickByTickData}: limited in number. */
    TICK_BY_TICK("REQ_TICK_BY_TICK_DATA", "tick-by-tick"),
    /** {@code reqRealTimeBars}. */
    REAL_TIME_BARS("REQ_REAL_TIME_BARS", "real-time bars");

    private final String request;
    private final String label;

    StreamKind(String request, String label) {
        this.request = request;
        this.label = label;
    }

    /** Returns how subscription counts name the kind. */
    String label() {
        return label;
    }

    /** Returns the request's name, as validation errors name it. */
    String request() {
        return request;
    }
}
