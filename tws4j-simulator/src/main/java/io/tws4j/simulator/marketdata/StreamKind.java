package io.tws4j.simulator.marketdata;

/** The kinds of market data stream a client can have, each with its own request ids, cancel and limit. */
enum StreamKind {
    /** {@code reqMktData}: takes a market data line while it streams. */
    TOP_OF_BOOK("REQ_MKT_DATA"),
    /** {@code reqMktDepth}: limited to a number of distinct contracts. */
    DEPTH("REQ_MKT_DEPTH"),
    /** {@code reqTickByTickData}: limited in number. */
    TICK_BY_TICK("REQ_TICK_BY_TICK_DATA"),
    /** {@code reqRealTimeBars}. */
    REAL_TIME_BARS("REQ_REAL_TIME_BARS");

    private final String request;

    StreamKind(String request) {
        this.request = request;
    }

    /** Returns the request's name, as validation errors name it. */
    String request() {
        return request;
    }
}
