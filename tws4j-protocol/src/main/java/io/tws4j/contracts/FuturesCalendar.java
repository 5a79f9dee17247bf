package io.tws4j.contracts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * The calendar fallback for futures months, used when no client is at hand to ask TWS for the
 * real expirations. Its rule: a contract month is taken to expire on its third Friday (true of
 * equity-index futures; currency futures expire two days earlier, energy futures in the month
 * before), symbols listed only in March, June, September and December are known, and the front
 * month is the first listed month whose third Friday is today or later. With a client,
 * {@code client.frontMonth(...)} and {@code client.nextQuarter(...)} pick from TWS's real
 * expirations instead.
 *
 * {@snippet :
 * YearMonth es = FuturesCalendar.frontMonth("ES", LocalDate.of(2025, 3, 24));   // 2025-06 (March has expired)
 * YearMonth cl = FuturesCalendar.frontMonth("CL", LocalDate.of(2025, 3, 24));   // 2025-04
 * }
 */
public final class FuturesCalendar {
    /** Symbols listed in the quarterly cycle only. */
    private static final Set<String> QUARTERLY = Set.of("ES", "MES", "NQ", "MNQ", "RTY", "M2K", "YM", "MYM", "EMD",
            "ZN", "ZB", "ZF", "ZT", "UB", "TN", "6E", "6J", "6B", "6A", "6C", "6S", "FGBL", "FGBM", "FGBS", "FDAX",
            "FDXM", "FESX", "NIY", "NKD");
    private static final Map<String, String> EXCHANGES = Map.ofEntries(
            Map.entry("ES", "CME"), Map.entry("MES", "CME"), Map.entry("NQ", "CME"), Map.entry("MNQ", "CME"),
            Map.entry("RTY", "CME"), Map.entry("M2K", "CME"), Map.entry("EMD", "CME"), Map.entry("NKD", "CME"),
            Map.entry("6E", "CME"), Map.entry("6J", "CME"), Map.entry("6B", "CME"), Map.entry("6A", "CME"),
            Map.entry("6C", "CME"), Map.entry("6S", "CME"), Map.entry("HE", "CME"), Map.entry("LE", "CME"),
            Map.entry("YM", "CBOT"), Map.entry("MYM", "CBOT"), Map.entry("ZN", "CBOT"), Map.entry("ZB", "CBOT"),
            Map.entry("ZF", "CBOT"), Map.entry("ZT", "CBOT"), Map.entry("UB", "CBOT"), Map.entry("TN", "CBOT"),
            Map.entry("ZC", "CBOT"), Map.entry("ZS", "CBOT"), Map.entry("ZW", "CBOT"),
            Map.entry("CL", "NYMEX"), Map.entry("MCL", "NYMEX"), Map.entry("NG", "NYMEX"), Map.entry("RB", "NYMEX"),
            Map.entry("HO", "NYMEX"), Map.entry("GC", "COMEX"), Map.entry("MGC", "COMEX"), Map.entry("SI", "COMEX"),
            Map.entry("HG", "COMEX"), Map.entry("VX", "CFE"), Map.entry("FGBL", "EUREX"), Map.entry("FGBM", "EUREX"),
            Map.entry("FGBS", "EUREX"), Map.entry("FDAX", "EUREX"), Map.entry("FDXM", "EUREX"), Map.entry("FESX", "EUREX"),
            Map.entry("NIY", "CME"));
    private static final Set<String> EURO = Set.of("FGBL", "FGBM", "FGBS", "FDAX", "FDXM", "FESX");

    private FuturesCalendar() {}

    /** Returns whether the symbol is known to list quarterly months only. */
    public static boolean isQuarterly(String symbol) {
        return QUARTERLY.contains(symbol);
    }

    /** Returns the exchange the symbol is known to trade on, or empty. */
    public static String defaultExchange(String symbol) {
        return EXCHANGES.getOrDefault(symbol, "");
    }

    /** Returns the symbol's currency: EUR for the Eurex contracts tws4j knows, USD otherwise. */
    public static String defaultCurrency(String symbol) {
        return EURO.contains(symbol) ? "EUR" : "USD";
    }

    /** Returns the front month by the calendar rule: the first listed month whose third Friday is not before {@code today}. */
    public static YearMonth frontMonth(String symbol, LocalDate today) {
        return firstNotExpired(today, isQuarterly(symbol));
    }

    /** Returns the first quarterly month (Mar, Jun, Sep, Dec) whose third Friday is not before {@code today}. */
    public static YearMonth nextQuarter(LocalDate today) {
        return firstNotExpired(today, true);
    }

    private static YearMonth firstNotExpired(LocalDate today, boolean quarterly) {
        YearMonth month = YearMonth.from(today);
        while ((quarterly && !Expirations.isQuarterly(month)) || Expirations.thirdFriday(month).isBefore(today)) {
            month = month.plusMonths(1);
        }
        return month;
    }
}
