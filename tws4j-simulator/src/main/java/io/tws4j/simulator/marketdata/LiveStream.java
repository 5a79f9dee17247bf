package io.tws4j.simulator.marketdata;

/** A running market data stream of one client: something that sends until it is stopped. */
interface LiveStream {

    /** Stops sending and releases what the stream holds (its live feed, its timer); idempotent. */
    void stop();

    /** A stream that sends nothing, for a request TWS keeps open without data (10089). */
    LiveStream SILENT = () -> { };
}
