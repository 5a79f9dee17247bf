package io.tws4j.orders;

import io.tws4j.contracts.Contract;
import java.util.Objects;

/**
 * An open order as TWS reports it: when placed, when its state changes, and in answer to
 * open-order requests. Also the answer of a what-if analysis, whose state carries the margin
 * and commission.
 *
 * @param orderId the order id
 * @param contract the contract, as TWS completed it
 * @param order the order, as TWS holds it
 * @param state its state
 */
public record OpenOrder(int orderId, Contract contract, Order order, OrderState state) implements OrderUpdate {

    public OpenOrder {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(state, "state");
    }
}
