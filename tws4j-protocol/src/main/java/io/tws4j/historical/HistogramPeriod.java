package io.tws4j.historical;

import java.util.Locale;
import java.util.Objects;

/**
 * The period a histogram covers, back from now, as TWS spells it: {@code "3 days"}, {@code "1 week"}.
 *
 * @param amount how many units, at least 1
 * @param unit the unit
 */
public record HistogramPeriod(int amount, Unit unit) {

    /** The units of a histogram period, with their singular spelling on the wire. */
    public enum Unit {
        DAYS("day"),
        WEEKS("week"),
        MONTHS("month"),
        YEARS("year");

        private final String singular;

        Unit(String singular) {
            this.singular = singular;
        }

        /** Returns the unit's singular name on the wire, e.g. {@code "week"}. */
        public String singular() {
            return singular;
        }
    }

    /**
     * Checks the amount.
     *
     * @throws IllegalArgumentException if the amount is not positive
     */
    public HistogramPeriod {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a histogram covers at least one " + unit.singular + ", not " + amount);
        }
    }

    /** Returns a period of {@code amount} days. */
    public static HistogramPeriod days(int amount) {
        return new HistogramPeriod(amount, Unit.DAYS);
    }

    /** Returns a period of {@code amount} weeks. */
    public static HistogramPeriod weeks(int amount) {
        return new HistogramPeriod(amount, Unit.WEEKS);
    }

    /** Returns a period of {@code amount} months. */
    public static HistogramPeriod months(int amount) {
        return new HistogramPeriod(amount, Unit.MONTHS);
    }

    /** Returns a period of {@code amount} years. */
    public static HistogramPeriod years(int amount) {
        return new HistogramPeriod(amount, Unit.YEARS);
    }

    /**
     * Parses the wire form, e.g. {@code "3 days"} or {@code "1 week"}.
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static HistogramPeriod parse(String text) {
        String trimmed = text.strip();
        int space = trimmed.indexOf(' ');
        if (space < 1) {
            throw new IllegalArgumentException("'" + text + "' is not a period of the form '<amount> <days|weeks|months|years>'");
        }
        int amount;
        try {
            amount = Integer.parseInt(trimmed.substring(0, space));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' does not start with a whole number", e);
        }
        String word = trimmed.substring(space + 1).strip().toLowerCase(Locale.ROOT);
        for (Unit unit : Unit.values()) {
            if (word.equals(unit.singular) || word.equals(unit.singular + "s")) {
                return new HistogramPeriod(amount, unit);
            }
        }
        throw new IllegalArgumentException("'" + text + "' names no unit of days, weeks, months or years");
    }

    /** Returns the text that travels, e.g. {@code "3 days"}. */
    public String wireValue() {
        return amount + " " + unit.singular + (amount == 1 ? "" : "s");
    }

    @Override
    public String toString() {
        return wireValue();
    }
}
