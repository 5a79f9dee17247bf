package io.tws4j.client;

/**
 * The gateway acknowledged the order once, but after a reconnect it reports it neither among
 * the open nor among the completed orders (a restarted gateway, an order of an earlier day): its
 * fate is unknown. Check in TWS before sending it again. See {@code docs/recovery.md}.
 */
public final class OrderUnknownToGatewayException extends TwsException {
    private final int orderId;

    public OrderUnknownToGatewayException(int orderId, String message) {
        super(message);
        this.orderId = orderId;
    }

    /** Returns the order's id. */
    public int orderId() {
        return orderId;
    }

    @Override
    public boolean isConnectionProblem() {
        return true;
    }
}
