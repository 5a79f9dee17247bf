package io.tws4j.client.core;

/**
 * What TWS's historical pacing rules see of a request.
 *
 * @param identical what makes two requests identical: everything but the request id
 * @param contract the contract, exchange and data series
 * @param weight how many times the request counts ({@code BID_ASK} counts twice)
 */
record HistoricalKey(Object identical, String contract, int weight) {}
