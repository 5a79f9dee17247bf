package io.tws4j.historical;

import java.time.Duration;
import java.util.Optional;

/**
 * The bar sizes TWS offers for historical bars, with the text that travels ({@code "1 hour"}).
 * Bars of a day or longer are dated by their trading day; shorter bars by the instant they start.
 */
public enum BarSize {
    SECONDS_1("1 secs", Duration.ofSeconds(1)),
    SECONDS_5("5 secs", Duration.ofSeconds(5)),
    SECONDS_10("10 secs", Duration.ofSeconds(10)),
    SECONDS_15("15 secs", Duration.ofSeconds(15)),
    SECONDS_30("30 secs", Duration.ofSeconds(30)),
    MINUTES_1("1 min", Duration.ofMinutes(1)),
    MINUTES_2("2 mins", Duration.ofMinutes(2)),
    MINUTES_3("3 mins", Duration.ofMinutes(3)),
    /** Four-minute bars, which TWS offers from API 10.44 on. */
    MINUTES_4("4 mins", Duration.ofMinutes(4)),
    MINUTES_5("5 mins", Duration.ofMinutes(5)),
    MINUTES_10("10 mins", Duration.ofMinutes(10)),
    MINUTES_15("15 mins", Duration.ofMinutes(15)),
    MINUTES_20("20 mins", Duration.ofMinutes(20)),
    MINUTES_30("30 mins", Duration.ofMinutes(30)),
    HOURS_1("1 hour", Duration.ofHours(1)),
    HOURS_2("2 hours", Duration.ofHours(2)),
    HOURS_3("3 hours", Duration.ofHours(3)),
    HOURS_4("4 hours", Duration.ofHours(4)),
    HOURS_8("8 hours", Duration.ofHours(8)),
    /** One bar per trading day. */
    DAY_1("1 day", Duration.ofDays(1)),
    /** One bar per calendar week, dated by its first trading day. */
    WEEK_1("1 week", Duration.ofDays(7)),
    /** One bar per calendar month, dated by its first trading day. */
    MONTH_1("1 month", Duration.ofDays(30));

    private final String wireValue;
    private final Duration length;

    BarSize(String wireValue, Duration length) {
        this.wireValue = wireValue;
        this.length = length;
    }

    /** Returns the text that travels, e.g. {@code "1 hour"}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns how long a bar lasts; a month counts as 30 days. */
    public Duration length() {
        return length;
    }

    /** Returns whether bars of this size are dated by trading day (a day or longer) rather than by instant. */
    public boolean isDaily() {
        return compareTo(DAY_1) >= 0;
    }

    /**
     * Returns the size whose text is {@code wireValue}, as TWS spells it; TWS's error text also
     * names weeks and months {@code 1W} and {@code 1M}, which are accepted too.
     */
    public static Optional<BarSize> fromWire(String wireValue) {
        String wanted = wireValue.strip();
        for (BarSize size : values()) {
            if (size.wireValue.equals(wanted)) {
                return Optional.of(size);
            }
        }
        return switch (wanted) {
            case "1W" -> Optional.of(WEEK_1);
            case "1M" -> Optional.of(MONTH_1);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
