package io.tws4j.orders;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order's status, as TWS reports it whenever it changes (and sometimes when it does not).
 *
 * @param orderId the order id
 * @param status the status
 * @param statusText the status as TWS sent it (the only record of an {@link OrderStatus#UNKNOWN} status)
 * @param filled how much has filled
 * @param remaining how much remains
 * @param averageFillPrice the average price of the fills, 0 before the first
 * @param permId TWS's permanent id of the order
 * @param parentId the parent's order id, 0 for none
 * @param lastFillPrice the price of the last fill, 0 before the first
 * @param clientId the id of the client that placed the order
 * @param whyHeld why the order is held, e.g. {@code locate} for a short sale awaiting shares
 * @param marketCapPrice the price a market order was capped at, 0 when not capped
 */
public record OrderStatusUpdate(int orderId, OrderStatus status, String statusText, BigDecimal filled, BigDecimal remaining,
                                double averageFillPrice, long permId, int parentId, double lastFillPrice, int clientId,
                                String whyHeld, double marketCapPrice) implements OrderUpdate {

    public OrderStatusUpdate {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusText, "statusText");
        Objects.requireNonNull(filled, "filled");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(whyHeld, "whyHeld");
    }
}
