package io.tws4j.orders;

import java.util.Objects;

/**
 * The reference of an order pegged to a benchmark ({@code PEG BENCH}): the contract it follows,
 * and how far the order's price moves when the reference moves.
 *
 * @param referenceContractId the reference contract, 0 when unset
 * @param peggedChangeAmount how much the order's price changes per reference change
 * @param peggedChangeAmountDecrease whether the order's price moves opposite to the reference
 * @param referenceChangeAmount the reference change that moves the order's price
 * @param referenceExchange the reference contract's exchange
 * @param referenceFuturesConId the future the reference refers to, 0 when unset
 */
public record BenchmarkPeg(int referenceContractId, double peggedChangeAmount, boolean peggedChangeAmountDecrease,
                           double referenceChangeAmount, String referenceExchange, int referenceFuturesConId) {

    /** No benchmark. */
    public static final BenchmarkPeg NONE = new BenchmarkPeg(0, 0, false, 0, "", 0);

    public BenchmarkPeg {
        Objects.requireNonNull(referenceExchange, "referenceExchange");
    }
}
