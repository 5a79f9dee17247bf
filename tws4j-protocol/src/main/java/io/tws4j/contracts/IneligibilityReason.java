package io.tws4j.contracts;

/**
 * Why the account may not trade a contract, as TWS explains it.
 *
 * @param id the reason's id
 * @param description the reason in words
 */
public record IneligibilityReason(String id, String description) {}
