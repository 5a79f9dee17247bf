/**
 * Accounts and portfolio on both surfaces: positions (all, or by account and model), account
 * updates and summaries, profit and loss of accounts and positions, family codes, soft-dollar
 * tiers, advisor configuration, and {@link io.tws4j.client.accounts.PortfolioView}, a live view of
 * an account kept current from those streams.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.accounts;
