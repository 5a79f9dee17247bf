package io.tws4j.simulator;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Values for request fields: plausible ones that a real client sends, by field name, so that a
 * request reaches its handler's deeper checks, and hostile ones of every field type (empty, huge,
 * negative, NaN-like, non-numeric numbers, bad dates, unknown enum words, long and odd unicode).
 */
final class HostileValues {
    /** Values a real client sends, by protobuf field name; a field not listed gets a short word. */
    private static final Map<String, List<String>> PLAUSIBLE = Map.ofEntries(
            Map.entry("symbol", List.of("AAPL", "MSFT", "SPY", "ES", "EUR", "BTC", "IBM", "SPX")),
            Map.entry("sec_type", List.of("STK", "OPT", "FUT", "CASH", "IND", "BOND", "CRYPTO", "FOP", "BAG", "CFD")),
            Map.entry("exchange", List.of("SMART", "NASDAQ", "NYSE", "CME", "IDEALPRO", "PAXOS", "CBOE", "ISLAND")),
            Map.entry("primary_exch", List.of("NASDAQ", "NYSE", "ARCA", "")),
            Map.entry("currency", List.of("USD", "EUR", "GBP")),
            Map.entry("right", List.of("C", "P", "CALL", "PUT")),
            Map.entry("last_trade_date_or_contract_month", List.of("202503", "20250321", "202506")),
            Map.entry("local_symbol", List.of("AAPL", "ESH5", "EUR.USD")),
            Map.entry("trading_class", List.of("AAPL", "ES", "SPXW")),
            Map.entry("sec_id_type", List.of("ISIN", "CUSIP", "FIGI")),
            Map.entry("action", List.of("BUY", "SELL", "SSHORT")),
            Map.entry("side", List.of("BUY", "SELL", "BOT", "SLD")),
            Map.entry("order_type", List.of("LMT", "MKT", "STP", "STP LMT", "TRAIL", "MOC", "LOC", "REL", "MIDPRICE")),
            Map.entry("tif", List.of("DAY", "GTC", "IOC", "GTD", "OPG", "FOK")),
            Map.entry("total_quantity", List.of("100", "1", "0.5", "250")),
            Map.entry("filled_quantity", List.of("0", "10")),
            Map.entry("account", List.of("DU1234567", "")),
            Map.entry("acct_code", List.of("DU1234567", "")),
            Map.entry("what_to_show", List.of("TRADES", "MIDPOINT", "BID_ASK", "BID", "ASK", "ADJUSTED_LAST",
                    "HISTORICAL_VOLATILITY", "OPTION_IMPLIED_VOLATILITY", "SCHEDULE")),
            Map.entry("bar_size_setting", List.of("1 hour", "5 mins", "1 day", "1 secs", "1 min", "1 week")),
            Map.entry("duration", List.of("1 D", "2 W", "3600 S", "1 M", "1 Y")),
            Map.entry("end_date_time", List.of("", "20250106 16:00:00 US/Eastern", "20250106-21:00:00")),
            Map.entry("start_date_time", List.of("", "20250106 09:30:00 US/Eastern", "20250106-14:30:00")),
            Map.entry("time", List.of("", "20250106-14:30:00", "20250106 09:30:00 US/Eastern")),
            Map.entry("time_period", List.of("3 days", "1 week", "2 weeks")),
            Map.entry("tick_type", List.of("Last", "AllLast", "BidAsk", "MidPoint")),
            Map.entry("generic_tick_list", List.of("", "233", "100,101,104,106", "236,258")),
            Map.entry("pattern", List.of("AAP", "MS", "IB")),
            Map.entry("provider_code", List.of("BRFG", "DJNL", "BRFUPDN")),
            Map.entry("provider_codes", List.of("BRFG", "BRFG+DJNL")),
            Map.entry("article_id", List.of("BRFG$12345", "DJNL$1")),
            Map.entry("start_date", List.of("20250101", "")),
            Map.entry("end_date", List.of("20251231", "")),
            Map.entry("filter", List.of("{\"country\":\"All\",\"watchlist\":[\"8314\"]}", "{}")),
            Map.entry("scan_code", List.of("TOP_PERC_GAIN", "MOST_ACTIVE", "HOT_BY_VOLUME")),
            Map.entry("instrument", List.of("STK", "STOCK.NA")),
            Map.entry("location_code", List.of("STK.US.MAJOR", "STK.US")),
            Map.entry("tags", List.of("NetLiquidation,TotalCashValue", "All", "$LEDGER")),
            Map.entry("group", List.of("All")),
            Map.entry("model_code", List.of("")),
            Map.entry("xml", List.of("<ListOfGroups/>")),
            Map.entry("contract_info", List.of("8314@SMART", "none")),
            Map.entry("underlying_symbol", List.of("AAPL", "SPX")),
            Map.entry("underlying_sec_type", List.of("STK", "IND")),
            Map.entry("fut_fop_exchange", List.of("", "CME")),
            Map.entry("bbo_exchange", List.of("a6", "9c0001")),
            Map.entry("report_type", List.of("ReportsFinSummary", "ReportSnapshot")),
            Map.entry("api_name", List.of("tws4j")),
            Map.entry("api_version", List.of("1.0")),
            Map.entry("multiplier", List.of("100", "50"))
    );

    /** Texts no field should trust: empty, blank, numbers in disguise, dates that are not dates, markup. */
    private static final List<String> HOSTILE_TEXT = List.of(
            "", " ", "\t", "0", "-0", "-1", "+1", "1e999999", "-1E+2147483647", "1E-999999", "NaN", "-NaN", "Infinity",
            "-Infinity", "inf", "abc", "12abc", "1,000", "1.2.3", ".", "-", "+", "--1", "0x1F", "١٢٣", "１２３",
            "99999999999999999999999999999999999999", "-99999999999999999999999999999", "9223372036854775808",
            "2147483648", "-2147483649", "0.0000000000000000000000000001", "20251345 25:61:61", "2025-13-45",
            "00000000", "99999999 99:99:99 Mars/Olympus", "20250106 09:30:00 Not/AZone", "20250106-", "-20250106",
            "20250106 9", "2025010", "202501060930", "ZZZ", "UNKNOWN", "null", "undefined", "true", "%s%n%d",
            "' OR 1=1 --", "<a>", "]]>", "{\"", "{}", "[]", ";;;;", ",,,", "\u0000", "\u0000\u0001\u0002", "\uFFFF",
            "💥", "𝟘𝟙𝟚", "ＡＡＰＬ", "A".repeat(300), "\r\n", "1 D D", "1 Z", "0 D", "-1 D", "99999999 Y",
            "1 hours", "0 secs", "1 secs 1", "$", "@", "#", "AAPL@@@SMART", "8314@", "@SMART");

    private static final int[] HOSTILE_INTS = {0, -1, 1, -2, Integer.MIN_VALUE, Integer.MAX_VALUE,
            Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1, 2, 3, 4, 5, 7, 8, 100, 1000, -1000, 99999999, 19000101,
            20250106, 21000101, 0x7FFF, 65536};
    private static final long[] HOSTILE_LONGS = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MAX_VALUE + 1L,
            1_736_000_000_000L, -1_736_000_000_000L};
    private static final double[] HOSTILE_DOUBLES = {0, -0.0, -1, 1, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 1e308, -1e308, 1e-300,
            0.0001, 150.25, 150.123456789, 1e15, -150.25};

    private final SplittableRandom random;

    HostileValues(SplittableRandom random) {
        this.random = random;
    }

    String plausibleText(String field) {
        List<String> known = PLAUSIBLE.get(field);
        if (known != null) {
            return known.get(random.nextInt(known.size()));
        }
        return random.nextInt(4) == 0 ? "" : "x" + random.nextInt(100);
    }

    String hostileText() {
        return switch (random.nextInt(10)) {
            case 0 -> randomUnicode(1 + random.nextInt(40));
            case 1 -> random.nextInt(20) == 0 ? "9".repeat(100_000) : "Z".repeat(1 + random.nextInt(5_000));
            case 2 -> Long.toString(random.nextLong());
            case 3 -> Double.toString(random.nextDouble(-1e12, 1e12));
            default -> HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
        };
    }

    int plausibleInt(String field) {
        return switch (field) {
            case "con_id", "under_con_id", "underlying_con_id", "ref_futures_con_id", "reference_contract_id" ->
                    random.nextInt(3) == 0 ? 0 : 265598 + random.nextInt(3);
            case "num_rows", "number_of_ticks", "total_results", "num_ids", "total_limit" -> 1 + random.nextInt(20);
            case "format_date" -> 1 + random.nextInt(2);
            case "market_data_type", "log_level", "fa_data_type" -> 1 + random.nextInt(4);
            case "bar_size" -> 5;
            case "exercise_action", "exercise_quantity", "ratio" -> 1 + random.nextInt(2);
            default -> random.nextInt(3);
        };
    }

    int hostileInt() {
        return random.nextInt(4) == 0 ? random.nextInt() : HOSTILE_INTS[random.nextInt(HOSTILE_INTS.length)];
    }

    long hostileLong() {
        return random.nextInt(4) == 0 ? random.nextLong() : HOSTILE_LONGS[random.nextInt(HOSTILE_LONGS.length)];
    }

    double plausibleDouble(String field) {
        return switch (field) {
            case "strike" -> 100 + 5 * random.nextInt(40);
            case "lmt_price", "aux_price", "option_price", "under_price", "price" -> 100 + random.nextInt(100) / 4.0;
            case "volatility" -> 0.2;
            default -> 0;
        };
    }

    double hostileDouble() {
        return random.nextInt(4) == 0 ? Double.longBitsToDouble(random.nextLong())
                : HOSTILE_DOUBLES[random.nextInt(HOSTILE_DOUBLES.length)];
    }

    boolean nextBoolean() {
        return random.nextBoolean();
    }

    private String randomUnicode(int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int codePoint = random.nextInt(0x10FFFF + 1);
            if (codePoint < 0xD800 || codePoint > 0xDFFF) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }
}
