package io.tws4j.orders;

import java.util.Objects;

/**
 * When an order works: start and end times, and the times recorded for manual orders. Times
 * are text as TWS reads them, {@code yyyyMMdd HH:mm:ss} followed by a zone ({@code US/Eastern})
 * or {@code yyyyMMdd-HH:mm:ss} in UTC; {@link OrderTimes} formats them from {@code java.time}
 * values. Empty means unset.
 *
 * @param goodAfterTime the order starts working at this time (good-after-time)
 * @param goodTillDate the order works until this time; with time in force GTD
 * @param activeStartTime when a conditional or algo order becomes active
 * @param activeStopTime when it stops being active
 * @param autoCancelDate when TWS cancels the order by itself
 * @param duration the duration of a duration-based order, in seconds, 0 when unset
 * @param manualOrderTime the time a manually entered order was placed (regulatory)
 */
public record OrderTiming(String goodAfterTime, String goodTillDate, String activeStartTime, String activeStopTime,
                          String autoCancelDate, int duration, String manualOrderTime) {

    /** No times set. */
    public static final OrderTiming NONE = new OrderTiming("", "", "", "", "", 0, "");

    public OrderTiming {
        Objects.requireNonNull(goodAfterTime, "goodAfterTime");
        Objects.requireNonNull(goodTillDate, "goodTillDate");
        Objects.requireNonNull(activeStartTime, "activeStartTime");
        Objects.requireNonNull(activeStopTime, "activeStopTime");
        Objects.requireNonNull(autoCancelDate, "autoCancelDate");
        Objects.requireNonNull(manualOrderTime, "manualOrderTime");
    }

    /** Returns a copy with the good-after time. */
    public OrderTiming withGoodAfterTime(String time) {
        return new OrderTiming(time, goodTillDate, activeStartTime, activeStopTime, autoCancelDate, duration, manualOrderTime);
    }

    /** Returns a copy with the good-till date. */
    public OrderTiming withGoodTillDate(String time) {
        return new OrderTiming(goodAfterTime, time, activeStartTime, activeStopTime, autoCancelDate, duration, manualOrderTime);
    }

    /** Returns a copy with the active window of a conditional or algo order. */
    public OrderTiming withActiveWindow(String start, String stop) {
        return new OrderTiming(goodAfterTime, goodTillDate, start, stop, autoCancelDate, duration, manualOrderTime);
    }

    /** Returns a copy with the automatic cancel date. */
    public OrderTiming withAutoCancelDate(String date) {
        return new OrderTiming(goodAfterTime, goodTillDate, activeStartTime, activeStopTime, date, duration, manualOrderTime);
    }

    /** Returns a copy with the duration, in seconds. */
    public OrderTiming withDuration(int seconds) {
        return new OrderTiming(goodAfterTime, goodTillDate, activeStartTime, activeStopTime, autoCancelDate, seconds, manualOrderTime);
    }

    /** Returns a copy with the manual order time. */
    public OrderTiming withManualOrderTime(String time) {
        return new OrderTiming(goodAfterTime, goodTillDate, activeStartTime, activeStopTime, autoCancelDate, duration, time);
    }
}
