package io.tws4j.orders;

import io.tws4j.contracts.Contract;
import java.util.Objects;

/**
 * A filled or cancelled order, as completed-order requests report it. TWS sends no order id
 * with it; {@link Order#permId()} identifies it.
 *
 * @param contract the contract
 * @param order the order, with its filled quantity
 * @param state its final state, with the completion time and status
 */
public record CompletedOrder(Contract contract, Order order, OrderState state) implements OrderUpdate {

    public CompletedOrder {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(state, "state");
    }
}
