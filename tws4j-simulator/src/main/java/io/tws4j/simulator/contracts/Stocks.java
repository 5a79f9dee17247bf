package io.tws4j.simulator.contracts;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.market.MarketProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated stocks and ETFs: 23 US names (AAPL, NVDA, TSLA, MSFT and SPY among them), Toyota
 * on the Tokyo Stock Exchange, and SAP both as a US ADR and on XETRA (so that an open description
 * of SAP matches two contracts). ConIds and names follow IB's where known; prices are levels for
 * the simulation to wander around, not quotes.
 */
final class Stocks {

    /** One US listing: symbol, conId, listing exchange, name, classification, CUSIP, price level, volatility, dividend yield. */
    private record Listing(String symbol, int conId, String primary, String longName, String industry, String category,
                           String subcategory, String stockType, String cusip, double price, double volatility,
                           double dividendYield) {}

    private static final List<Listing> US = List.of(
            new Listing("AAPL", 265598, "NASDAQ", "APPLE INC", "Technology", "Computers", "Computers", "COMMON", "037833100", 230, 0.28, 0.005),
            new Listing("MSFT", 272093, "NASDAQ", "MICROSOFT CORP", "Technology", "Software", "Software", "COMMON", "594918104", 420, 0.25, 0.008),
            new Listing("NVDA", 4815747, "NASDAQ", "NVIDIA CORP", "Technology", "Semiconductors", "Electronic Compo-Semicon", "COMMON", "67066G104", 140, 0.50, 0.0003),
            new Listing("TSLA", 76792991, "NASDAQ", "TESLA INC", "Consumer, Cyclical", "Auto Manufacturers", "Auto-Cars/Light Trucks", "COMMON", "88160R101", 250, 0.60, 0),
            new Listing("AMZN", 3691937, "NASDAQ", "AMAZON.COM INC", "Communications", "Internet", "E-Commerce/Products", "COMMON", "023135106", 200, 0.32, 0),
            new Listing("GOOGL", 208813719, "NASDAQ", "ALPHABET INC-CL A", "Communications", "Internet", "Web Portals/ISP", "COMMON", "02079K305", 170, 0.30, 0.005),
            new Listing("META", 107113386, "NASDAQ", "META PLATFORMS INC-CLASS A", "Communications", "Internet", "Internet Content-Entmnt", "COMMON", "30303M102", 580, 0.38, 0.003),
            new Listing("NFLX", 15124833, "NASDAQ", "NETFLIX INC", "Communications", "Internet", "Internet Content-Entmnt", "COMMON", "64110L106", 700, 0.38, 0),
            new Listing("AMD", 4391, "NASDAQ", "ADVANCED MICRO DEVICES", "Technology", "Semiconductors", "Electronic Compo-Semicon", "COMMON", "007903107", 140, 0.50, 0),
            new Listing("INTC", 270639, "NASDAQ", "INTEL CORP", "Technology", "Semiconductors", "Electronic Compo-Semicon", "COMMON", "458140100", 22, 0.45, 0),
            new Listing("JPM", 1520593, "NYSE", "JPMORGAN CHASE & CO", "Financial", "Banks", "Money Center Banks", "COMMON", "46625H100", 240, 0.22, 0.021),
            new Listing("BAC", 10098, "NYSE", "BANK OF AMERICA CORP", "Financial", "Banks", "Money Center Banks", "COMMON", "060505104", 45, 0.26, 0.023),
            new Listing("V", 49462172, "NYSE", "VISA INC-CLASS A SHARES", "Financial", "Diversified Finan Serv", "Finance-Credit Card", "COMMON", "92826C839", 300, 0.20, 0.007),
            new Listing("XOM", 13977, "NYSE", "EXXON MOBIL CORP", "Energy", "Oil&Gas", "Oil Comp-Integrated", "COMMON", "30231G102", 115, 0.24, 0.033),
            new Listing("JNJ", 8719, "NYSE", "JOHNSON & JOHNSON", "Consumer, Non-cyclical", "Pharmaceuticals", "Medical-Drugs", "COMMON", "478160104", 155, 0.16, 0.031),
            new Listing("WMT", 13824, "NYSE", "WALMART INC", "Consumer, Cyclical", "Retail", "Retail-Discount", "COMMON", "931142103", 90, 0.18, 0.010),
            new Listing("KO", 8894, "NYSE", "COCA-COLA CO/THE", "Consumer, Non-cyclical", "Beverages", "Beverages-Non-alcoholic", "COMMON", "191216100", 65, 0.14, 0.030),
            new Listing("PG", 15016, "NYSE", "PROCTER & GAMBLE CO/THE", "Consumer, Non-cyclical", "Cosmetics/Personal Care", "Cosmetics&Toiletries", "COMMON", "742718109", 170, 0.15, 0.024),
            new Listing("DIS", 6459, "NYSE", "WALT DISNEY CO/THE", "Communications", "Media", "Multimedia", "COMMON", "254687106", 110, 0.25, 0.008),
            new Listing("SPY", 756733, "ARCA", "SPDR S&P 500 ETF TRUST", "Funds", "Equity Fund", "Growth&Income-Large Cap", "ETF", "78462F103", 580, 0.16, 0.013),
            new Listing("QQQ", 320227571, "NASDAQ", "INVESCO QQQ TRUST SERIES 1", "Funds", "Equity Fund", "Growth-Large Cap", "ETF", "46090E103", 500, 0.20, 0.006),
            new Listing("IWM", 9579970, "ARCA", "ISHARES RUSSELL 2000 ETF", "Funds", "Equity Fund", "Small Cap", "ETF", "464287655", 220, 0.22, 0.012),
            new Listing("DIA", 73128548, "ARCA", "SPDR DJIA TRUST", "Funds", "Equity Fund", "Growth&Income-Large Cap", "ETF", "78467X109", 430, 0.15, 0.016),
            new Listing("SAP", 36275180, "NYSE", "SAP SE-SPONSORED ADR", "Technology", "Software", "Enterprise Software/Serv", "ADR", "803054204", 240, 0.28, 0.009));

    /** AAPL's conId, the underlying of the simulated option chain. */
    static final int AAPL = 265598;

    private Stocks() {}

    static List<Instrument> all() {
        List<Instrument> stocks = new ArrayList<>();
        US.forEach(listing -> stocks.add(us(listing)));
        stocks.add(toyota());
        stocks.add(sapOnXetra());
        return stocks;
    }

    /** Returns AAPL's listing details, for the option chain written on it. */
    static double referencePrice(int conId) {
        return US.stream().filter(listing -> listing.conId() == conId).findFirst().orElseThrow().price();
    }

    private static Instrument us(Listing listing) {
        String tradingClass = listing.primary().equals("NASDAQ") ? "NMS" : listing.symbol();
        Contract contract = Contract.builder().conId(listing.conId()).symbol(listing.symbol()).secType(SecurityType.STOCK)
                .exchange("SMART").primaryExchange(listing.primary()).currency("USD").localSymbol(listing.symbol())
                .tradingClass(tradingClass).build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName(tradingClass).minTick(0.01).orderTypes(Listings.STOCK_ORDER_TYPES)
                .validExchanges(Listings.US_STOCK_EXCHANGES)
                .marketRuleIds(Listings.sameRule(MarketRules.US_STOCKS.id(), Listings.US_STOCK_EXCHANGES.size()))
                .priceMagnifier(1).longName(listing.longName())
                .industry(listing.industry(), listing.category(), listing.subcategory())
                .timeZoneId("US/Eastern").aggGroup(1).stockType(listing.stockType())
                .secIdList(Map.of("ISIN", Listings.isin("US", listing.cusip())))
                .sizes(Listings.decimal("0.0001"), Listings.decimal("0.0001"), Listings.decimal("100"))
                .minAlgoSize(Listings.decimal("0.0001")).precisions("2", "0")
                .build();
        MarketProfile profile = MarketProfile.builder(listing.price(), MarketRules.US_STOCKS, Calendars.US_EQUITIES)
                .volatility(listing.volatility()).dividendYield(listing.dividendYield())
                .exchanges(primaryFirst(listing.primary())).build();
        return new Instrument(details, profile, Optional.empty());
    }

    private static List<String> primaryFirst(String primary) {
        List<String> venues = new ArrayList<>(Listings.US_STOCK_VENUES);
        venues.remove(primary);
        venues.addFirst(primary);
        return venues;
    }

    private static Instrument toyota() {
        Contract contract = Contract.builder().conId(13905810).symbol("7203").secType(SecurityType.STOCK).exchange("TSEJ")
                .primaryExchange("TSEJ").currency("JPY").localSymbol("7203").tradingClass("7203").build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName("7203").minTick(0.1).orderTypes(Listings.STOCK_ORDER_TYPES)
                .validExchanges(List.of("SMART", "TSEJ"))
                .marketRuleIds(Listings.sameRule(MarketRules.TSE_TOPIX100.id(), 2))
                .priceMagnifier(1).longName("TOYOTA MOTOR CORP")
                .industry("Consumer, Cyclical", "Auto Manufacturers", "Auto-Cars/Light Trucks")
                .timeZoneId("Japan").aggGroup(1).stockType("COMMON")
                .secIdList(Map.of("ISIN", Listings.isin("JP", "363340000")))
                .sizes(BigDecimal.valueOf(100), BigDecimal.valueOf(100), BigDecimal.valueOf(100))
                .precisions("1", "0")
                .build();
        MarketProfile profile = MarketProfile.builder(2800, MarketRules.TSE_TOPIX100, Calendars.TSE)
                .volatility(0.30).dividendYield(0.028).sizes(BigDecimal.valueOf(100), 1, 40, 8)
                .exchanges(List.of("TSEJ")).build();
        return new Instrument(details, profile, Optional.empty());
    }

    private static Instrument sapOnXetra() {
        Contract contract = Contract.builder().conId(14204).symbol("SAP").secType(SecurityType.STOCK).exchange("SMART")
                .primaryExchange("IBIS").currency("EUR").localSymbol("SAP").tradingClass("XETRA").build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName("XETRA").minTick(0.01).orderTypes(Listings.STOCK_ORDER_TYPES)
                .validExchanges(List.of("SMART", "IBIS", "TGATE", "SWB", "FWB"))
                .marketRuleIds(Listings.sameRule(MarketRules.XETRA.id(), 5))
                .priceMagnifier(1).longName("SAP SE")
                .industry("Technology", "Software", "Enterprise Software/Serv")
                .timeZoneId("MET").aggGroup(4).stockType("COMMON")
                .secIdList(Map.of("ISIN", Listings.isin("DE", "000716460")))
                .sizes(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)
                .build();
        MarketProfile profile = MarketProfile.builder(225, MarketRules.XETRA, Calendars.XETRA)
                .volatility(0.28).dividendYield(0.009).sizes(BigDecimal.ONE, 1, 300, 80)
                .exchanges(List.of("IBIS", "TGATE", "SWB")).build();
        return new Instrument(details, profile, Optional.empty());
    }
}
