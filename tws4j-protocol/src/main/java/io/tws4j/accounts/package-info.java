/**
 * Accounts and portfolio: positions, account values and summary tags, portfolio entries,
 * profit and loss, family codes, soft-dollar tiers and advisor configuration. Pure values.
 *
 * <p>Everything is non-null unless documented otherwise; quantities are exact
 * {@link java.math.BigDecimal}s, amounts and prices {@code double}s.
 */
package io.tws4j.accounts;
