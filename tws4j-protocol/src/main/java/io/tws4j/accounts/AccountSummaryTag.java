package io.tws4j.accounts;

import java.util.Optional;

/**
 * The tags an account summary can ask for, named as TWS names them. The ledger tags report
 * cash balances by currency: {@link #LEDGER} in the base currency, {@link #LEDGER_ALL} in every
 * currency.
 */
public enum AccountSummaryTag {
    ACCOUNT_TYPE("AccountType"),
    NET_LIQUIDATION("NetLiquidation"),
    TOTAL_CASH_VALUE("TotalCashValue"),
    SETTLED_CASH("SettledCash"),
    ACCRUED_CASH("AccruedCash"),
    BUYING_POWER("BuyingPower"),
    EQUITY_WITH_LOAN_VALUE("EquityWithLoanValue"),
    PREVIOUS_DAY_EQUITY_WITH_LOAN_VALUE("PreviousDayEquityWithLoanValue"),
    GROSS_POSITION_VALUE("GrossPositionValue"),
    REG_T_EQUITY("RegTEquity"),
    REG_T_MARGIN("RegTMargin"),
    SMA("SMA"),
    INIT_MARGIN_REQ("InitMarginReq"),
    MAINT_MARGIN_REQ("MaintMarginReq"),
    AVAILABLE_FUNDS("AvailableFunds"),
    EXCESS_LIQUIDITY("ExcessLiquidity"),
    CUSHION("Cushion"),
    FULL_INIT_MARGIN_REQ("FullInitMarginReq"),
    FULL_MAINT_MARGIN_REQ("FullMaintMarginReq"),
    FULL_AVAILABLE_FUNDS("FullAvailableFunds"),
    FULL_EXCESS_LIQUIDITY("FullExcessLiquidity"),
    LOOK_AHEAD_NEXT_CHANGE("LookAheadNextChange"),
    LOOK_AHEAD_INIT_MARGIN_REQ("LookAheadInitMarginReq"),
    LOOK_AHEAD_MAINT_MARGIN_REQ("LookAheadMaintMarginReq"),
    LOOK_AHEAD_AVAILABLE_FUNDS("LookAheadAvailableFunds"),
    LOOK_AHEAD_EXCESS_LIQUIDITY("LookAheadExcessLiquidity"),
    HIGHEST_SEVERITY("HighestSeverity"),
    DAY_TRADES_REMAINING("DayTradesRemaining"),
    LEVERAGE("Leverage"),
    /** Cash balances in the base currency. */
    LEDGER("$LEDGER"),
    /** Cash balances in every currency. */
    LEDGER_ALL("$LEDGER:ALL");

    private final String wireValue;

    AccountSummaryTag(String wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the tag as TWS names it, e.g. {@code NetLiquidation}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns the tag TWS names so, if tws4j knows it. */
    public static Optional<AccountSummaryTag> of(String name) {
        for (AccountSummaryTag tag : values()) {
            if (tag.wireValue.equalsIgnoreCase(name.strip())) {
                return Optional.of(tag);
            }
        }
        return Optional.empty();
    }
}
