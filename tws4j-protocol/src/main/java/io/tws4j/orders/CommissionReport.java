package io.tws4j.orders;

import java.util.Objects;

/**
 * The commission and fees of one execution, sent after it; {@link #execId()} names the execution.
 *
 * @param execId the execution's id
 * @param commission the commission and fees
 * @param currency their currency
 * @param realizedPnl the profit or loss the execution realized, NaN when it closed nothing
 * @param bondYield the yield of a bond trade, NaN when not a bond
 * @param yieldRedemptionDate the bond's yield redemption date ({@code yyyyMMdd}), empty when none
 */
public record CommissionReport(String execId, double commission, String currency, double realizedPnl, double bondYield,
                               String yieldRedemptionDate) implements OrderUpdate {

    public CommissionReport {
        Objects.requireNonNull(execId, "execId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(yieldRedemptionDate, "yieldRedemptionDate");
    }
}
