package io.tws4j.simulator.orders;

/**
 * Why TWS refuses an order or a request about one: its error code and text.
 *
 * @param code the TWS error code
 * @param message the text TWS sends
 */
record Rejection(int code, String message) {

    static Rejection of(int code, String message) {
        return new Rejection(code, message);
    }
}
