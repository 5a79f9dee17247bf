/**
 * The simulated gateway's accounts: an account model kept by the fills (cash by currency,
 * positions with average costs, realized and unrealized profit, margin and the account values TWS
 * reports), valued at the market model's marks, and the handler answering positions, account
 * updates and summaries, profit-and-loss streams, family codes, soft-dollar tiers and advisor
 * configuration.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.simulator.accounts;
