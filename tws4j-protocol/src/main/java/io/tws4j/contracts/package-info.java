/**
 * Contracts and reference data: {@link io.tws4j.contracts.Contract} and its typed builders
 * ({@code Contract.stock("TSLA")}, {@code Contract.call("AAPL").strike(150).expiresOn(2024, 12, 20)},
 * {@code Contract.futures("ES")}, {@code Contract.forex("EUR", "USD")}, bonds by CUSIP and ISIN,
 * spreads), contract details with their trading sessions, symbol matches, option chains, market
 * rules, SMART components, depth exchanges and option computations. Pure values: nothing here
 * does I/O, so contracts are built without a client.
 *
 * <p>Everything is non-null unless documented otherwise; absence is an empty string, zero,
 * {@link java.util.Optional} or {@link java.util.OptionalDouble}, as each field documents.
 */
package io.tws4j.contracts;
