package io.tws4j.orders;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Typed builders of IB's algorithms, with the strategy names and parameter names TWS reads.
 * Times are TWS's text, e.g. {@code 09:45:00 US/Eastern}; percentages of volume are fractions
 * (0.1 for 10 %). Parameters left unset are not sent, so TWS applies its defaults.
 *
 * {@snippet :
 * Order order = Order.builder().action(Action.BUY).totalQuantity(1000).orderType(OrderType.LIMIT).limitPrice(150)
 *         .algo(Algos.adaptive(Algos.Priority.PATIENT))
 *         .build();
 * }
 */
public final class Algos {

    private Algos() {}

    /** How urgently an adaptive algo works. */
    public enum Priority {
        URGENT("Urgent"), NORMAL("Normal"), PATIENT("Patient");

        private final String wireValue;

        Priority(String wireValue) {
            this.wireValue = wireValue;
        }
    }

    /** How much market impact an algo accepts to finish. */
    public enum RiskAversion {
        GET_DONE("Get_Done"), AGGRESSIVE("Aggressive"), NEUTRAL("Neutral"), PASSIVE("Passive");

        private final String wireValue;

        RiskAversion(String wireValue) {
            this.wireValue = wireValue;
        }
    }

    /** How a TWAP algo's orders take or make liquidity. */
    public enum TwapStrategy {
        MARKETABLE("Marketable"), MATCHING_MIDPOINT("Matching Midpoint"), MATCHING_SAME_SIDE("Matching Same Side"),
        MATCHING_LAST("Matching Last");

        private final String wireValue;

        TwapStrategy(String wireValue) {
            this.wireValue = wireValue;
        }
    }

    /** Adaptive: SMART routing that trades off speed and price by priority. */
    public static Algo adaptive(Priority priority) {
        return Algo.of("Adaptive", Map.of("adaptivePriority", priority.wireValue));
    }

    /** Minimise Impact: slices the order to stay below a share of the volume. */
    public static Algo minimiseImpact(double maxPercentOfVolume) {
        return Algo.of("MinImpact", Map.of("maxPctVol", number(maxPercentOfVolume)));
    }

    /** Arrival Price: aims at the price when the order arrived. */
    public static Builder arrivalPrice() {
        return new Builder("ArrivalPx");
    }

    /** Close Price: aims at the closing price. */
    public static Builder closePrice() {
        return new Builder("ClosePx");
    }

    /** Dark Ice: an iceberg that shows only its display size. */
    public static Builder darkIce() {
        return new Builder("DarkIce");
    }

    /** Percentage of Volume: trades a fixed share of the volume. */
    public static Builder percentOfVolume() {
        return new Builder("PctVol");
    }

    /** Price Variant Percentage of Volume: the share of the volume varies with the price. */
    public static Builder priceVariantPercentOfVolume() {
        return new Builder("PctVolPx");
    }

    /** Size Variant Percentage of Volume: the share of the volume varies as the order fills. */
    public static Builder sizeVariantPercentOfVolume() {
        return new Builder("PctVolSz");
    }

    /** Time Variant Percentage of Volume: the share of the volume varies with time. */
    public static Builder timeVariantPercentOfVolume() {
        return new Builder("PctVolTm");
    }

    /** TWAP: spreads the order evenly over time. */
    public static Builder twap() {
        return new Builder("Twap");
    }

    /** VWAP: aims at the volume-weighted average price. */
    public static Builder vwap() {
        return new Builder("Vwap");
    }

    /** Accumulate/Distribute: works a large order in components at intervals. */
    public static Builder accumulateDistribute() {
        return new Builder("AD");
    }

    /** Balance Impact Risk: balances market impact against the risk of price change. */
    public static Builder balanceImpactRisk() {
        return new Builder("BalanceImpactRisk");
    }

    /**
     * The parameters of one algorithm. Each method sets the parameter TWS reads under the name in
     * its documentation; set only the ones the strategy takes (see IB's algo documentation).
     */
    public static final class Builder {
        private final String strategy;
        private final Map<String, String> params = new LinkedHashMap<>();

        private Builder(String strategy) {
            this.strategy = strategy;
        }

        /** {@code maxPctVol}: the largest share of the volume, 0.01 to 0.5. */
        public Builder maxPercentOfVolume(double fraction) { return put("maxPctVol", number(fraction)); }

        /** {@code pctVol}: the target share of the volume, 0.01 to 0.5. */
        public Builder percentOfVolume(double fraction) { return put("pctVol", number(fraction)); }

        /** {@code deltaPctVol}: how much the share changes per price move (price variant). */
        public Builder deltaPercentOfVolume(double fraction) { return put("deltaPctVol", number(fraction)); }

        /** {@code minPctVol4Px} and {@code maxPctVol4Px}: the bounds of the share (price variant). */
        public Builder percentOfVolumeRangeForPrice(double min, double max) {
            return put("minPctVol4Px", number(min)).put("maxPctVol4Px", number(max));
        }

        /** {@code startPctVol} and {@code endPctVol}: the share at the start and at the end (size and time variants). */
        public Builder percentOfVolumeFromTo(double start, double end) {
            return put("startPctVol", number(start)).put("endPctVol", number(end));
        }

        /** {@code riskAversion}. */
        public Builder riskAversion(RiskAversion aversion) { return put("riskAversion", aversion.wireValue); }

        /** {@code startTime}, e.g. {@code 09:45:00 US/Eastern}. */
        public Builder startTime(String time) { return put("startTime", time); }

        /** {@code endTime}. */
        public Builder endTime(String time) { return put("endTime", time); }

        /** {@code forceCompletion}: finish by the end time even at a cost. */
        public Builder forceCompletion(boolean force) { return put("forceCompletion", flag(force)); }

        /** {@code allowPastEndTime}: keep working after the end time. */
        public Builder allowPastEndTime(boolean allow) { return put("allowPastEndTime", flag(allow)); }

        /** {@code noTakeLiq}: never take liquidity. */
        public Builder noTakeLiquidity(boolean noTake) { return put("noTakeLiq", flag(noTake)); }

        /** {@code speedUp}: speed up when the market moves favourably (VWAP). */
        public Builder speedUp(boolean speedUp) { return put("speedUp", flag(speedUp)); }

        /** {@code monetaryValue}: the cash amount to trade instead of a quantity. */
        public Builder monetaryValue(BigDecimal amount) { return put("monetaryValue", amount.toPlainString()); }

        /** {@code strategyType} of a TWAP. */
        public Builder twapStrategy(TwapStrategy type) { return put("strategyType", type.wireValue); }

        /** {@code displaySize} of Dark Ice. */
        public Builder displaySize(int size) { return put("displaySize", Integer.toString(size)); }

        /** {@code componentSize} of Accumulate/Distribute. */
        public Builder componentSize(int size) { return put("componentSize", Integer.toString(size)); }

        /** {@code timeBetweenOrders} of Accumulate/Distribute, in seconds. */
        public Builder timeBetweenOrders(int seconds) { return put("timeBetweenOrders", Integer.toString(seconds)); }

        /** {@code randomizeTime20} and {@code randomizeSize55} of Accumulate/Distribute. */
        public Builder randomize(boolean time20Percent, boolean size55Percent) {
            return put("randomizeTime20", flag(time20Percent)).put("randomizeSize55", flag(size55Percent));
        }

        /** {@code giveUp} of Accumulate/Distribute: seconds after which an unfilled component gives up. */
        public Builder giveUp(int seconds) { return put("giveUp", Integer.toString(seconds)); }

        /** {@code catchUp} of Accumulate/Distribute. */
        public Builder catchUp(boolean catchUp) { return put("catchUp", flag(catchUp)); }

        /** {@code waitForFill} of Accumulate/Distribute. */
        public Builder waitForFill(boolean wait) { return put("waitForFill", flag(wait)); }

        /** {@code activeTimeStart} and {@code activeTimeEnd} of Accumulate/Distribute. */
        public Builder activeTime(String start, String end) {
            return put("activeTimeStart", start).put("activeTimeEnd", end);
        }

        /** Any other parameter by its TWS name. */
        public Builder param(String name, String value) { return put(name, value); }

        /** Returns the algo. */
        public Algo build() {
            return Algo.of(strategy, params);
        }

        private Builder put(String name, String value) {
            params.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }
    }

    private static String flag(boolean value) {
        return value ? "1" : "0";
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
