package io.tws4j.orders;

import java.util.List;

/**
 * The conditions of an order, and what they do: activate the order (the default) or cancel it,
 * and whether they are evaluated outside regular trading hours too.
 *
 * @param conditions the conditions, each joined to the next by its conjunction
 * @param cancelOrder true if the conditions cancel the order rather than activate it
 * @param ignoreRth true if the conditions are evaluated outside regular trading hours as well
 */
public record OrderConditions(List<OrderCondition> conditions, boolean cancelOrder, boolean ignoreRth) {

    /** No conditions. */
    public static final OrderConditions NONE = new OrderConditions(List.of(), false, false);

    public OrderConditions {
        conditions = List.copyOf(conditions);
    }

    /** Conditions that activate the order. */
    public static OrderConditions of(List<OrderCondition> conditions) {
        return new OrderConditions(conditions, false, false);
    }

    /** Returns whether there are any. */
    public boolean isEmpty() {
        return conditions.isEmpty();
    }
}
