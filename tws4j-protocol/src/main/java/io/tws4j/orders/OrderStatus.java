package io.tws4j.orders;

/**
 * Where an order stands, as TWS reports it in ORDER_STATUS and in an open order's state.
 * {@link #UNKNOWN} stands for a status this version of tws4j does not know; the message that
 * carried it keeps the text ({@link OrderStatusUpdate#statusText()}).
 *
 * {@snippet :
 * if (update.status().isTerminal()) {
 *     System.out.println("order " + update.orderId() + " is done: " + update.status());
 * }
 * }
 */
public enum OrderStatus {
    /** Sent by the client, not yet acknowledged by TWS. */
    API_PENDING("ApiPending", true),
    /** Transmitted, not yet confirmed by the order destination. */
    PENDING_SUBMIT("PendingSubmit", true),
    /** A cancel was sent, not yet confirmed. */
    PENDING_CANCEL("PendingCancel", true),
    /** Accepted and held (simulated by IB, waiting for its trigger, or for the session to open). */
    PRE_SUBMITTED("PreSubmitted", true),
    /** Working at the order destination. */
    SUBMITTED("Submitted", true),
    /** Cancelled by the client before TWS submitted it. */
    API_CANCELLED("ApiCancelled", false),
    /** Cancelled; any partial fills stand. */
    CANCELLED("Cancelled", false),
    /** Completely filled. */
    FILLED("Filled", false),
    /** Received but not working: rejected, or waiting for something (e.g. the rest of a bracket). */
    INACTIVE("Inactive", true),
    /** A status this version of tws4j does not know. */
    UNKNOWN("?", true);

    private final String wireValue;
    private final boolean active;

    OrderStatus(String wireValue, boolean active) {
        this.wireValue = wireValue;
        this.active = active;
    }

    /** Returns the text TWS sends, e.g. {@code PreSubmitted}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns whether the order may still fill or change (everything but cancelled and filled). */
    public boolean isActive() {
        return active;
    }

    /** Returns whether the order is done: filled, cancelled or API-cancelled. */
    public boolean isTerminal() {
        return !active;
    }

    /** Returns the status a text names (ignoring case), or {@link #UNKNOWN}; an empty text is {@link #UNKNOWN} too. */
    public static OrderStatus of(String text) {
        String trimmed = text.strip();
        for (OrderStatus status : values()) {
            if (status != UNKNOWN && status.wireValue.equalsIgnoreCase(trimmed)) {
                return status;
            }
        }
        return UNKNOWN;
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
