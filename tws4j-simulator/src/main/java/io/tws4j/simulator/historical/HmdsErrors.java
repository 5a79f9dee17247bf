package io.tws4j.simulator.historical;

import io.tws4j.historical.BarSize;
import io.tws4j.historical.WhatToShow;
import io.tws4j.simulator.contracts.Instrument;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The error codes and texts of TWS's historical data service. Texts quoted from gateways in the
 * wild (issue trackers of rust-ibapi, ib_insync, ib_async and others) are TWS's own; the ones
 * marked inferred are written in the same style where no gateway's text is on record.
 */
final class HmdsErrors {
    /** Historical Market Data Service error: no data, pacing, cancelled, time length. */
    static final int HMDS = 162;
    /** The request failed validation. */
    static final int VALIDATION = 321;
    /** The end (or start) time is not a time TWS reads. */
    static final int INVALID_END_DATE = 10314;
    /** No security definition has been found. */
    static final int NO_SECURITY = 200;
    /** A warning: a request time names no zone, so TWS took its own. */
    static final int IMPLIED_TIME_ZONE = 2174;

    private static final String SERVICE = "Historical Market Data Service error message:";

    private HmdsErrors() {}

    static String noData(Instrument instrument, String exchange, WhatToShow series) {
        return SERVICE + "HMDS query returned no data: " + instrument.contract().localSymbol() + "@" + exchange + " "
                + title(series);
    }

    static String pacingViolation() {
        return SERVICE + "Historical data request pacing violation";
    }

    static String cancelled(int requestId) {
        return SERVICE + "API historical data query cancelled: " + requestId;
    }

    /** Too many small bars for the duration (IB's step-size table); the text is TWS's, its use for this case inferred. */
    static String timeLengthExceedsMax() {
        return SERVICE + "Time length exceed max.";
    }

    /** Inferred wording, after TWS's "No historical market data for CAC40/IND@MONEP Bid 1800". */
    static String noSeries(Instrument instrument, String exchange, WhatToShow series, BarSize size) {
        return SERVICE + "No historical market data for " + instrument.contract().symbol() + "/"
                + instrument.contract().secType() + "@" + exchange + " " + title(series) + " " + size.length().toSeconds();
    }

    /** TWS's text, with the four-minute size TWS added in API 10.44. */
    static String invalidBarSize() {
        String legal = Arrays.stream(BarSize.values())
                .map(size -> switch (size) {
                    case WEEK_1 -> "1W";
                    case MONTH_1 -> "1M";
                    default -> size.wireValue();
                })
                .collect(Collectors.joining(", "));
        return "Error validating request.-'bK' : cause - Historical data bar size setting is invalid. Legal ones are: " + legal;
    }

    static String daysMustBeYears() {
        return "Error validating request.-'bH' : cause - Historical data requests for durations longer than 365 days must be made in years.";
    }

    /** Inferred wording, after the days-in-years text (the limit itself is on record). */
    static String secondsMustBeDays() {
        return "Error validating request.-'bH' : cause - Historical data requests for durations longer than 86400 seconds must be made in days.";
    }

    /** Inferred wording. */
    static String invalidDuration(String duration) {
        return "Error validating request.-'bH' : cause - Historical data duration '" + duration
                + "' is invalid. The correct format is '<integer> <S|D|W|M|Y>'";
    }

    /** Inferred wording. */
    static String invalidSeries(String whatToShow) {
        return "Error validating request.-'bH' : cause - Historical data request what to show '" + whatToShow + "' is invalid";
    }

    /** Inferred wording. */
    static String endDateWithLiveUpdates() {
        return "Error validating request.-'bK' : cause - End date not supported with live updates";
    }

    static String invalidEndDate() {
        return "End Date/Time: The date, time, or time-zone entered is invalid. The correct format is yyyymmdd hh:mm:ss xx/xxxx"
                + " where yyyymmdd and xx/xxxx are optional. E.g.: 20031126 15:59:00 US/Eastern  Note that there is a space"
                + " between the date and time, and between the time and time-zone.  If no date is specified, current date is"
                + " assumed. If no time-zone is specified, local time-zone is assumed(deprecated).  You can also provide"
                + " yyyymmddd-hh:mm:ss time is in UTC. Note that there is a dash between the date and time in UTC notation.";
    }

    static String impliedTimeZone() {
        return "Warning: You submitted request with date-time attributes without explicit time zone. Please switch to use"
                + " yyyymmdd-hh:mm:ss in UTC or use instrument time zone, like US/Eastern. Implied time zone functionality will be"
                + " removed in the next API release";
    }

    /** Returns whether a request time names no zone: {@code yyyyMMdd HH:mm:ss} alone, which TWS reads in its own zone with warning 2174. */
    static boolean namesNoZone(String time) {
        String trimmed = time.strip();
        if (trimmed.isEmpty() || trimmed.length() > 8 && trimmed.charAt(8) == '-') {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (char c : trimmed.toCharArray()) {
            if (c != ' ' && !inWord) {
                words++;
            }
            inWord = c != ' ';
        }
        return words == 2;
    }

    /** Inferred wording, after IB's documentation of reqHistoricalTicks. */
    static String ticksNeedOneAnchor() {
        return "Error validating request.-'bS' : cause - Exactly one of start time and end time has to be defined";
    }

    /** Inferred wording. */
    static String ticksSeries(String whatToShow) {
        return "Error validating request.-'bS' : cause - Historical ticks are available for TRADES, MIDPOINT and BID_ASK,"
                + " not '" + whatToShow + "'";
    }

    /** Inferred wording. */
    static String ticksCount(int count) {
        return "Error validating request.-'bS' : cause - the number of ticks must be positive, not " + count;
    }

    /** Inferred wording. */
    static String histogramPeriod(String period) {
        return "Error validating request.-'bH' : cause - Histogram time period '" + period + "' is invalid";
    }

    /** The data series as TWS names it in its texts: {@code Trades}, {@code Bid_Ask}. */
    private static String title(WhatToShow series) {
        String lower = series.wireValue().toLowerCase(Locale.ROOT);
        StringBuilder title = new StringBuilder(lower.length());
        boolean upper = true;
        for (char c : lower.toCharArray()) {
            title.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '_';
        }
        return title.toString();
    }
}
