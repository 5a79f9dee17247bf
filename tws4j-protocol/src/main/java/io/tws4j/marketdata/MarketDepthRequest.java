package io.tws4j.marketdata;

import io.tws4j.contracts.Contract;
import java.util.Objects;

/**
 * A market depth request ({@code reqMktDepth}).
 *
 * @param contract the contract; its exchange picks the book (SMART with {@code smartDepth} aggregates every exchange's)
 * @param rows how many rows a side
 * @param smartDepth whether to aggregate the books of every exchange the contract trades on
 */
public record MarketDepthRequest(Contract contract, int rows, boolean smartDepth) {

    public MarketDepthRequest {
        Objects.requireNonNull(contract, "contract");
        if (rows < 1) {
            throw new IllegalArgumentException("a depth book has at least one row, not " + rows);
        }
    }
}
