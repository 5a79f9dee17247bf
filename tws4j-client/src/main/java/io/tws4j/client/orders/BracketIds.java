package io.tws4j.client.orders;

/**
 * The order ids of a bracket: the entry (parent) and its two children.
 *
 * @param parent the entry order
 * @param takeProfit the take-profit limit order
 * @param stopLoss the stop-loss stop order
 */
public record BracketIds(int parent, int takeProfit, int stopLoss) {}
