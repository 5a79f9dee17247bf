package io.tws4j.client;

/**
 * The gateway did not acknowledge the order within the request timeout although the connection
 * it was written on stayed up: the gateway read it but has not said what it did with it (TWS may
 * hold it, e.g. for a precaution dialog). Do not send it again under a new id: the order may
 * still work. Its handle (on the asynchronous surface) and the order update stream keep watching
 * it, and the reconciliation after a later reconnect settles it. See {@code docs/recovery.md}.
 */
public final class OrderNotAcknowledgedException extends TwsException {
    private final int orderId;

    public OrderNotAcknowledgedException(int orderId, String message) {
        super(message);
        this.orderId = orderId;
    }

    /** Returns the order's id. */
    public int orderId() {
        return orderId;
    }
}
