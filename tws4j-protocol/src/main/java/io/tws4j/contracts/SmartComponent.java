package io.tws4j.contracts;

/**
 * One exchange behind a SMART-routed quote, with the letter market data uses for it.
 *
 * @param bitNumber the bit that stands for the exchange in market data's exchange masks
 * @param exchange the exchange, e.g. {@code NYSE}
 * @param exchangeLetter the exchange's letter, e.g. {@code N}
 */
public record SmartComponent(int bitNumber, String exchange, String exchangeLetter) {}
