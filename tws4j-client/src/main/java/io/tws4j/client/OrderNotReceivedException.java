package io.tws4j.client;

/**
 * The gateway never received the order: it was not written (the client was reconnecting, or the
 * connection was lost before its first byte went out), or it was written on a connection that
 * was lost before the gateway acknowledged it, and the reconciliation after the reconnect found
 * it neither among the open or completed orders nor among the executions. Nothing will trade:
 * it is safe to send the order again (under a new id). See {@code docs/recovery.md}.
 */
public final class OrderNotReceivedException extends TwsException {
    private final int orderId;

    public OrderNotReceivedException(int orderId, String message) {
        super(message);
        this.orderId = orderId;
    }

    /** Returns the order's id, or -1 if none was taken (nothing was written). */
    public int orderId() {
        return orderId;
    }

    @Override
    public boolean isConnectionProblem() {
        return true;
    }
}
