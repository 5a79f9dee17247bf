/**
 * Orders on both surfaces: the fluent order builder ({@code client.order(contract).buy(100).limit(150).submit()}),
 * brackets, per-order handles whose streams carry an order's life, the order update stream,
 * open and completed orders, executions with their commissions, and option exercise. Orders are
 * checked before anything is sent, and refused locally when the client is read-only.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.orders;
