package io.tws4j.simulator.historical;

/** A request TWS turns away: the error code and text it answers with. Thrown while checking a request. */
final class Refusal extends RuntimeException {
    private final int code;

    Refusal(int code, String text) {
        super(text, null, false, false);
        this.code = code;
    }

    int code() {
        return code;
    }
}
