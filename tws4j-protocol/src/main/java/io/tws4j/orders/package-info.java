/**
 * Orders and their life: {@link io.tws4j.orders.Order} with every wire field (the everyday ones at
 * the top, the rest in groups), its builder, order types, times in force, conditions and IB's
 * algorithms ({@link io.tws4j.orders.Algos}); and what TWS reports about orders, the
 * {@link io.tws4j.orders.OrderUpdate}s: open orders, statuses, executions, commission reports,
 * bound and completed orders. Pure values: nothing here does I/O.
 *
 * <p>Everything is non-null unless documented otherwise; absence is an empty string, zero,
 * {@link java.util.Optional}, {@link java.util.OptionalInt} or {@link java.util.OptionalDouble},
 * as each field documents. Quantities are exact {@link java.math.BigDecimal}s, prices {@code double}s.
 */
package io.tws4j.orders;
