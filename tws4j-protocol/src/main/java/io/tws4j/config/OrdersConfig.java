package io.tws4j.config;

import java.util.Objects;

/**
 * TWS's order configuration as the API sees it: the SMART routing preferences.
 *
 * @param smartRouting the SMART routing preferences
 */
public record OrdersConfig(SmartRouting smartRouting) {

    /** An order configuration with no value at all. */
    public static final OrdersConfig EMPTY = new OrdersConfig(SmartRouting.EMPTY);

    public OrdersConfig {
        Objects.requireNonNull(smartRouting);
    }

    /** Returns an order configuration of these routing preferences. */
    public static OrdersConfig of(SmartRouting smartRouting) {
        return new OrdersConfig(smartRouting);
    }

    /** Returns whether no value is present. */
    public boolean isEmpty() {
        return smartRouting.isEmpty();
    }
}
