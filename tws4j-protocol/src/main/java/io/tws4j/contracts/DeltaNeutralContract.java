package io.tws4j.contracts;

/**
 * The hedge of a delta-neutral combo or order: the underlying contract, its delta and price.
 *
 * @param conId the hedge contract's id
 * @param delta the hedge delta
 * @param price the hedge price
 */
public record DeltaNeutralContract(int conId, double delta, double price) {}
