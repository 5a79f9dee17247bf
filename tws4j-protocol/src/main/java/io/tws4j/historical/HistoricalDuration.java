package io.tws4j.historical;

import java.util.Objects;

/**
 * How far back historical bars or a schedule reach from their end, in the units TWS counts:
 * seconds of trading time, trading days, or calendar weeks, months and years. Travels as
 * {@code "<amount> <unit letter>"}, e.g. {@code "1 D"}.
 *
 * {@snippet :
 * HistoricalDuration day = HistoricalDuration.days(1);        // "1 D"
 * HistoricalDuration hour = HistoricalDuration.seconds(3600); // "3600 S"
 * }
 *
 * @param amount how many units, at least 1
 * @param unit the unit
 */
public record HistoricalDuration(int amount, Unit unit) {

    /** The units of a duration, with the letter that travels. */
    public enum Unit {
        /** Seconds of trading time; TWS takes at most 86,400. */
        SECONDS('S'),
        /** Trading days; TWS takes at most 365. */
        DAYS('D'),
        /** Calendar weeks. */
        WEEKS('W'),
        /** Calendar months. */
        MONTHS('M'),
        /** Calendar years. */
        YEARS('Y');

        private final char letter;

        Unit(char letter) {
            this.letter = letter;
        }

        /** Returns the letter that travels. */
        public char letter() {
            return letter;
        }

        static Unit of(char letter) {
            for (Unit unit : values()) {
                if (unit.letter == Character.toUpperCase(letter)) {
                    return unit;
                }
            }
            throw new IllegalArgumentException("no duration unit '" + letter + "'; TWS knows S, D, W, M and Y");
        }
    }

    /**
     * Checks the amount.
     *
     * @throws IllegalArgumentException if the amount is not positive
     */
    public HistoricalDuration {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("a duration covers at least one " + unit.name().toLowerCase() + ", not " + amount);
        }
    }

    /** Returns a duration of {@code amount} seconds of trading time. */
    public static HistoricalDuration seconds(int amount) {
        return new HistoricalDuration(amount, Unit.SECONDS);
    }

    /** Returns a duration of {@code amount} trading days. */
    public static HistoricalDuration days(int amount) {
        return new HistoricalDuration(amount, Unit.DAYS);
    }

    /** Returns a duration of {@code amount} calendar weeks. */
    public static HistoricalDuration weeks(int amount) {
        return new HistoricalDuration(amount, Unit.WEEKS);
    }

    /** Returns a duration of {@code amount} calendar months. */
    public static HistoricalDuration months(int amount) {
        return new HistoricalDuration(amount, Unit.MONTHS);
    }

    /** Returns a duration of {@code amount} calendar years. */
    public static HistoricalDuration years(int amount) {
        return new HistoricalDuration(amount, Unit.YEARS);
    }

    /**
     * Parses the wire form, {@code "<amount> <unit letter>"}.
     *
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static HistoricalDuration parse(String text) {
        String trimmed = text.strip();
        int space = trimmed.indexOf(' ');
        if (space < 1 || trimmed.length() != space + 2) {
            throw new IllegalArgumentException("'" + text + "' is not a duration of the form '<amount> <S|D|W|M|Y>'");
        }
        int amount;
        try {
            amount = Integer.parseInt(trimmed.substring(0, space));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' does not start with a whole number", e);
        }
        return new HistoricalDuration(amount, Unit.of(trimmed.charAt(space + 1)));
    }

    /** Returns the text that travels, e.g. {@code "1 D"}. */
    public String wireValue() {
        return amount + " " + unit.letter;
    }

    @Override
    public String toString() {
        return wireValue();
    }
}
