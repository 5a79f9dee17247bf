package io.tws4j.simulator.scanner;

import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.contracts.Instrument;
import java.util.List;
import java.util.Optional;

/**
 * What the simulated scanner covers: four instrument types, a location tree over the simulated
 * stocks' exchanges (as TWS names the locations), and the filters it applies. The parameters
 * XML is written from this catalog, and requests are checked against it.
 */
final class ScannerCatalog {

    /** An instrument type a subscription names. */
    record InstrumentType(String type, String name, String rootLocation) {}

    /** A location: its code, its name, its parent's code (empty at the top), and its instrument type. */
    record Location(String code, String displayName, String parentCode, String instrument) {}

    /** A range filter: its id, its category, and the tags that set its bounds. */
    record Filter(String id, String category, List<String> codes) {}

    static final List<InstrumentType> INSTRUMENTS = List.of(
            new InstrumentType("STK", "US Stocks", "STK.US"),
            new InstrumentType("ETF.EQ.US", "US Equity ETFs", "ETF.EQ.US"),
            new InstrumentType("STOCK.EU", "European Stocks", "STK.EU"),
            new InstrumentType("STOCK.HK", "Asian Stocks", "STK.HK"));

    static final List<Location> LOCATIONS = List.of(
            new Location("STK.US", "US Stocks", "", "STK"),
            new Location("STK.US.MAJOR", "Listed/NASDAQ", "STK.US", "STK"),
            new Location("STK.NYSE", "NYSE", "STK.US.MAJOR", "STK"),
            new Location("STK.NASDAQ", "NASDAQ", "STK.US.MAJOR", "STK"),
            new Location("STK.ARCA", "NYSE Arca", "STK.US.MAJOR", "STK"),
            new Location("ETF.EQ.US", "US Equity ETFs", "", "ETF.EQ.US"),
            new Location("ETF.EQ.US.MAJOR", "Listed US Equity ETFs", "ETF.EQ.US", "ETF.EQ.US"),
            new Location("STK.EU", "European Stocks", "", "STOCK.EU"),
            new Location("STK.EU.IBIS", "XETRA", "STK.EU", "STOCK.EU"),
            new Location("STK.HK", "Asian Stocks", "", "STOCK.HK"),
            new Location("STK.HK.TSE_JPN", "Tokyo Stock Exchange", "STK.HK", "STOCK.HK"));

    static final List<Filter> FILTERS = List.of(
            new Filter("PRICE", "Price", List.of("priceAbove", "priceBelow")),
            new Filter("VOLUME", "Volume", List.of("volumeAbove", "volumeBelow")),
            new Filter("USDVOLUME", "Volume", List.of("usdVolumeAbove", "usdVolumeBelow")),
            new Filter("MKTCAP_USD", "Fundamentals", List.of("marketCapAbove1e6", "marketCapBelow1e6")),
            new Filter("CHANGEPERC", "Price Change", List.of("changePercAbove", "changePercBelow")),
            new Filter("CHANGEOPENPERC", "Price Change", List.of("changeOpenPercAbove", "changeOpenPercBelow")),
            new Filter("OPENGAPPERC", "Price Change", List.of("openGapPercAbove", "openGapPercBelow")),
            new Filter("TRADECOUNT", "Volume", List.of("tradeCountAbove", "tradeCountBelow")));

    private ScannerCatalog() {}

    static Optional<InstrumentType> instrument(String type) {
        return INSTRUMENTS.stream().filter(instrument -> instrument.type().equals(type)).findFirst();
    }

    static Optional<Location> location(String code) {
        return LOCATIONS.stream().filter(location -> location.code().equals(code)).findFirst();
    }

    static List<Location> children(String parentCode) {
        return LOCATIONS.stream().filter(location -> location.parentCode().equals(parentCode)).toList();
    }

    static boolean isFilterTag(String tag) {
        return FILTERS.stream().anyMatch(filter -> filter.codes().contains(tag));
    }

    /** Returns whether a stock lies in a location: its leaf location is the location or below it. */
    static boolean covers(Location location, Instrument stock) {
        for (Optional<Location> at = leafOf(stock, location.instrument()); at.isPresent(); at = location(at.get().parentCode())) {
            if (at.get().code().equals(location.code())) {
                return true;
            }
        }
        return false;
    }

    /** The most specific location of a stock for an instrument type: its exchange's. */
    private static Optional<Location> leafOf(Instrument stock, String instrument) {
        if (stock.securityType() != SecurityType.STOCK) {
            return Optional.empty();
        }
        String exchange = stock.contract().primaryExchange().isEmpty() ? stock.contract().exchange()
                : stock.contract().primaryExchange();
        boolean etf = stock.details().stockType().equals("ETF");
        String code = switch (instrument) {
            case "STK" -> "STK." + exchange;
            case "ETF.EQ.US" -> etf && stock.contract().currency().equals("USD") ? "ETF.EQ.US.MAJOR" : "";
            case "STOCK.EU" -> exchange.equals("IBIS") ? "STK.EU.IBIS" : "";
            case "STOCK.HK" -> exchange.equals("TSEJ") ? "STK.HK.TSE_JPN" : "";
            default -> "";
        };
        return location(code).filter(found -> found.instrument().equals(instrument));
    }
}
