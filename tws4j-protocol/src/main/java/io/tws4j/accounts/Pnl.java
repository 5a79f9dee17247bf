package io.tws4j.accounts;

/**
 * An account's (or a model's) profit and loss, as TWS streams it about once a second. A value
 * TWS has not computed is NaN.
 *
 * @param daily today's profit or loss
 * @param unrealized the open profit or loss
 * @param realized the profit or loss realized today
 */
public record Pnl(double daily, double unrealized, double realized) {}
