package io.tws4j.marketdata;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One change of a market depth book ({@code reqMktDepth}): insert, update or delete the row at
 * {@code position} on one side. Applying every update in order keeps a copy of the book; an
 * {@link OrderBookSnapshot} is such a copy.
 *
 * @param requestId the depth request it answers
 * @param position the row, 0 being the best price
 * @param operation what happens to the row
 * @param side the side of the book
 * @param price the row's price
 * @param size the row's size, exactly as TWS sent it
 * @param marketMaker the exchange or market maker showing the row; empty for a single exchange's book
 * @param smartDepth whether the row belongs to an aggregated (SMART) book
 */
public record DepthUpdate(int requestId, int position, DepthOperation operation, DepthSide side, double price,
                          BigDecimal size, String marketMaker, boolean smartDepth) {

    public DepthUpdate {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(marketMaker, "marketMaker");
    }
}
