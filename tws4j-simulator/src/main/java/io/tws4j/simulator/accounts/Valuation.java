package io.tws4j.simulator.accounts;

import io.tws4j.accounts.AccountValue;
import io.tws4j.accounts.PortfolioValue;
import io.tws4j.contracts.SecurityType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An account valued at the marks of one instant: cash, positions, margin and the values TWS
 * reports (NetLiquidation, TotalCashValue, BuyingPower ...), in the base currency.
 *
 * <p>Inferred where IB's formulas are not public: margin follows Reg T for stocks (50 % initial,
 * 25 % maintenance for long and 30 % for short positions), options and crypto are margined at
 * their full value, futures at 6 % and 5 % of their notional, forex at 3 % and 2 %, bonds at 10 %
 * and 8 %; buying power is four times the available funds, as for a Reg T margin account.
 */
public record Valuation(String account, Map<String, Double> cash, List<PortfolioValue> portfolio, double cashBase,
                        double grossPositionValue, double netLiquidation, double unrealized, double realized,
                        double initialMargin, double maintenanceMargin, double commissions) {

    /** Returns the equity with loan value (the net liquidation value, for a cash and stock account). */
    public double equityWithLoan() {
        return netLiquidation;
    }

    public double availableFunds() {
        return equityWithLoan() - initialMargin;
    }

    public double excessLiquidity() {
        return equityWithLoan() - maintenanceMargin;
    }

    public double buyingPower() {
        return Math.max(0, availableFunds() * 4);
    }

    public double cushion() {
        return netLiquidation == 0 ? 0 : excessLiquidity() / netLiquidation;
    }

    /** Returns the value of a summary tag, if TWS has one by that name. */
    public double value(String key) {
        return switch (key) {
            case "NetLiquidation", "EquityWithLoanValue", "PreviousDayEquityWithLoanValue", "RegTEquity" -> netLiquidation;
            case "TotalCashValue", "SettledCash", "TotalCashBalance", "CashBalance" -> cashBase;
            case "AccruedCash" -> 0;
            case "BuyingPower" -> buyingPower();
            case "GrossPositionValue" -> grossPositionValue;
            case "InitMarginReq", "FullInitMarginReq", "LookAheadInitMarginReq", "RegTMargin" -> initialMargin;
            case "MaintMarginReq", "FullMaintMarginReq", "LookAheadMaintMarginReq" -> maintenanceMargin;
            case "AvailableFunds", "FullAvailableFunds", "LookAheadAvailableFunds", "SMA" -> availableFunds();
            case "ExcessLiquidity", "FullExcessLiquidity", "LookAheadExcessLiquidity" -> excessLiquidity();
            case "Cushion" -> cushion();
            case "Leverage" -> netLiquidation == 0 ? 0 : grossPositionValue / netLiquidation;
            case "UnrealizedPnL" -> unrealized;
            case "RealizedPnL" -> realized;
            default -> Double.NaN;
        };
    }

    /** The keys of the account values TWS sends once with account updates, in its order (in the base currency). */
    static final List<String> UPDATE_KEYS = List.of("AvailableFunds", "BuyingPower", "Cushion",
            "EquityWithLoanValue", "ExcessLiquidity", "FullAvailableFunds", "FullExcessLiquidity", "FullInitMarginReq",
            "FullMaintMarginReq", "GrossPositionValue", "InitMarginReq", "Leverage", "LookAheadAvailableFunds",
            "LookAheadExcessLiquidity", "LookAheadInitMarginReq", "LookAheadMaintMarginReq", "MaintMarginReq",
            "NetLiquidation", "RealizedPnL", "RegTEquity", "RegTMargin", "SMA", "SettledCash", "TotalCashValue",
            "UnrealizedPnL");
    /** The keys TWS sends per currency held, then once more for the base currency (currency "BASE"). */
    static final List<String> BY_CURRENCY_KEYS = List.of("CashBalance", "TotalCashBalance");

    /**
     * Returns the account values of an account update: the numbers above, plus account type and
     * currency, and the cash by currency; each key once per currency.
     */
    public List<AccountValue> accountValues() {
        List<AccountValue> values = new ArrayList<>();
        values.add(AccountValue.of(account, "AccountCode", account, ""));
        values.add(AccountValue.of(account, "AccountType", "INDIVIDUAL", ""));
        values.add(AccountValue.of(account, "Currency", Marks.BASE_CURRENCY, Marks.BASE_CURRENCY));
        for (String key : UPDATE_KEYS) {
            values.add(AccountValue.of(account, key, format(key, value(key)), key.equals("Cushion") || key.equals("Leverage")
                    ? "" : Marks.BASE_CURRENCY));
        }
        for (String key : BY_CURRENCY_KEYS) {
            cash.forEach((currency, amount) -> values.add(AccountValue.of(account, key, money(amount), currency)));
            values.add(AccountValue.of(account, key, money(cashBase), "BASE"));
        }
        values.add(AccountValue.of(account, "NetLiquidationByCurrency", money(netLiquidation), "BASE"));
        return values;
    }

    /** Returns the value of a summary tag as TWS sends it, with its currency; empty for tags it does not know. */
    public List<AccountValue> summary(String tag) {
        return switch (tag) {
            case "AccountType" -> List.of(AccountValue.of(account, tag, "INDIVIDUAL", ""));
            case "DayTradesRemaining" -> List.of(AccountValue.of(account, tag, "-1", ""));
            case "HighestSeverity" -> List.of(AccountValue.of(account, tag, "0", ""));
            case "LookAheadNextChange" -> List.of(AccountValue.of(account, tag, "0", ""));
            case "Cushion", "Leverage" -> List.of(AccountValue.of(account, tag, format(tag, value(tag)), ""));
            case "$LEDGER" -> List.of(ledger("BASE", cashBase));
            case "$LEDGER:ALL" -> ledgerAll();
            default -> Double.isNaN(value(tag)) ? List.of()
                    : List.of(AccountValue.of(account, tag, format(tag, value(tag)), Marks.BASE_CURRENCY));
        };
    }

    private List<AccountValue> ledgerAll() {
        List<AccountValue> values = new ArrayList<>();
        cash.forEach((currency, amount) -> values.add(ledger(currency, amount)));
        values.add(ledger("BASE", cashBase));
        return values;
    }

    private AccountValue ledger(String currency, double amount) {
        return AccountValue.of(account, "CashBalance", money(amount), currency);
    }

    static String money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String format(String key, double value) {
        return key.equals("Cushion") || key.equals("Leverage")
                ? BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString() : money(value);
    }

    /** Returns the initial and maintenance margin rates of a security type, long or short. */
    static double[] marginRates(SecurityType type, boolean isShort) {
        return switch (type) {
            case STOCK -> new double[] {0.5, isShort ? 0.3 : 0.25};
            case FUTURE -> new double[] {0.06, 0.05};
            case FOREX -> new double[] {0.03, 0.02};
            case BOND -> new double[] {0.1, 0.08};
            default -> new double[] {1, 1};
        };
    }
}
