package io.tws4j.orders;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One fill of an order.
 *
 * @param orderId the order id (0 for orders of other clients or of TWS itself)
 * @param execId the execution's id; its commission report names it
 * @param time when it executed
 * @param account the account
 * @param exchange where it executed
 * @param side {@code BOT} for a buy, {@code SLD} for a sale
 * @param shares how much executed
 * @param price at what price
 * @param permId the order's permanent id
 * @param clientId the id of the client that placed the order
 * @param liquidation whether IB liquidated the position
 * @param cumulativeQuantity how much of the order has executed so far, this fill included
 * @param averagePrice the average price of the order's fills so far
 * @param orderRef the client's reference of the order
 * @param economicValueRule the economic value rule, for some derivatives
 * @param economicValueMultiplier its multiplier
 * @param modelCode the model the order belongs to
 * @param lastLiquidity 1 if the fill added liquidity, 2 if it removed liquidity, 3 if routed out, 0 when unknown
 * @param priceRevisionPending whether the price may still be revised
 * @param submitter who submitted the order
 * @param optionExerciseOrLapseType for an exercise or lapse: its type, 0 otherwise
 */
public record Execution(int orderId, String execId, Instant time, String account, String exchange, String side,
                        BigDecimal shares, double price, long permId, int clientId, boolean liquidation,
                        BigDecimal cumulativeQuantity, double averagePrice, String orderRef, String economicValueRule,
                        double economicValueMultiplier, String modelCode, int lastLiquidity, boolean priceRevisionPending,
                        String submitter, int optionExerciseOrLapseType) {

    /** The side code of a buy. */
    public static final String BOUGHT = "BOT";
    /** The side code of a sale. */
    public static final String SOLD = "SLD";

    public Execution {
        Objects.requireNonNull(execId, "execId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(shares, "shares");
        Objects.requireNonNull(cumulativeQuantity, "cumulativeQuantity");
        Objects.requireNonNull(orderRef, "orderRef");
        Objects.requireNonNull(economicValueRule, "economicValueRule");
        Objects.requireNonNull(modelCode, "modelCode");
        Objects.requireNonNull(submitter, "submitter");
    }

    /** Returns whether this fill bought. */
    public boolean isBuy() {
        return BOUGHT.equals(side);
    }
}
