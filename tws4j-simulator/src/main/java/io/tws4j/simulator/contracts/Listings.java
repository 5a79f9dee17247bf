package io.tws4j.simulator.contracts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/** What the simulated instruments share: exchange lists, order types, identifiers. */
final class Listings {
    /**
     * The exchanges a SMART-routed US stock or ETF may be routed to, in TWS's order: AAPL's list
     * as TWS gave it in 2023–25 (NASDAQ's venue is ISLAND there; NASDAQ stays the primary
     * exchange), without the brokers' algo destinations (JEFFALGO, CSFBALGO) that come and go.
     */
    static final List<String> US_STOCK_EXCHANGES = List.of("SMART", "AMEX", "NYSE", "CBOE", "PHLX", "ISE", "CHX", "ARCA",
            "ISLAND", "DRCTEDGE", "BEX", "BATS", "EDGEA", "BYX", "IEX", "EDGX", "FOXRIVER", "PEARL", "NYSENAT", "LTSE",
            "MEMX", "IBEOS", "OVERNIGHT", "TPLUS0", "PSX");
    /** The exchanges a SMART-routed US equity option may be routed to. */
    static final List<String> US_OPTION_EXCHANGES = List.of("SMART", "AMEX", "CBOE", "PHLX", "PSE", "ISE", "BOX", "BATS",
            "NASDAQOM", "CBOE2", "NASDAQBX", "MIAX", "GEMINI", "EDGX", "MERCURY", "PEARL", "EMERALD", "MEMX", "IBUSOPT");
    /** The venues printing simulated US stock trades and posting their depth. */
    static final List<String> US_STOCK_VENUES = List.of("NASDAQ", "NYSE", "ARCA", "BATS", "IEX", "EDGX", "MEMX");
    static final List<String> STOCK_ORDER_TYPES = List.of("ACTIVETIM", "AD", "ADJUST", "ALERT", "ALGO", "ALLOC", "AON",
            "AVGCOST", "BASKET", "BENCHPX", "CASHQTY", "COND", "CONDORDER", "DARKONLY", "DARKPOLL", "DAY", "DEACT",
            "DEACTDIS", "DEACTEOD", "DIS", "DUR", "GAT", "GTC", "GTD", "GTT", "HID", "IBKRATS", "ICE", "IMB", "IOC", "LIT",
            "LMT", "LOC", "MIDPX", "MIT", "MKT", "MOC", "MTL", "NGCOMB", "NODARK", "NONALGO", "OCA", "OPG", "OPGREROUT",
            "PEGBENCH", "PEGMID", "POSTATS", "POSTONLY", "PREOPGRTH", "PRICECHK", "REL", "REL2MID", "RELPCTOFS", "RPI",
            "RTH", "SCALE", "SCALEODD", "SCALERST", "SIZECHK", "SNAPMID", "SNAPMKT", "SNAPREL", "STP", "STPLMT", "SWEEP",
            "TRAIL", "TRAILLIT", "TRAILLMT", "TRAILMIT", "WHATIF");
    static final List<String> DERIVATIVE_ORDER_TYPES = List.of("ACTIVETIM", "AD", "ADJUST", "ALERT", "ALGO", "ALLOC",
            "AVGCOST", "BASKET", "COND", "CONDORDER", "DAY", "DEACT", "DEACTDIS", "DEACTEOD", "GAT", "GTC", "GTD", "GTT",
            "HID", "ICE", "IOC", "LIT", "LMT", "MIT", "MKT", "MTL", "NGCOMB", "NONALGO", "OCA", "PEGBENCH", "SCALE",
            "SCALERST", "SNAPMID", "SNAPMKT", "SNAPREL", "STP", "STPLMT", "TRAIL", "TRAILLIT", "TRAILLMT", "TRAILMIT",
            "WHATIF");
    static final List<String> CASH_ORDER_TYPES = List.of("ACTIVETIM", "AD", "ADJUST", "ALERT", "ALGO", "ALLOC", "AVGCOST",
            "BASKET", "CASHQTY", "COND", "CONDORDER", "DAY", "DEACT", "DEACTDIS", "DEACTEOD", "GAT", "GTC", "GTD", "GTT",
            "IOC", "LIT", "LMT", "MIT", "MKT", "NONALGO", "OCA", "REL", "STP", "STPLMT", "TRAIL", "TRAILLIT", "TRAILLMT",
            "TRAILMIT", "WHATIF");

    private Listings() {}

    /** Returns {@code count} copies of a market rule id, one for each valid exchange. */
    static List<Integer> sameRule(int ruleId, int count) {
        return Collections.nCopies(count, ruleId);
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    /** Returns the ISIN of a country code and national number, with its check digit computed. */
    static String isin(String country, String nationalNumber) {
        String body = country + nationalNumber;
        StringBuilder digits = new StringBuilder();
        for (char c : body.toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
