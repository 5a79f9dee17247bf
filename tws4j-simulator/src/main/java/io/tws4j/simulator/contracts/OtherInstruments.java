package io.tws4j.simulator.contracts;

import io.tws4j.contracts.BondDetails;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.market.MarketProfile;
import io.tws4j.simulator.market.MarketStyle;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated currencies, cryptocurrencies, index and bonds: EUR.USD and USD.JPY on IDEALPRO,
 * BTC and ETH on PAXOS, the S&P 500 index on CBOE, a US Treasury (CUSIP 912810RN0) and a German
 * Bund (ISIN DE0001102309). The bonds' coupons and maturities are the simulator's, not the
 * securities' real terms.
 */
final class OtherInstruments {

    private OtherInstruments() {}

    static List<Instrument> all() {
        return List.of(
                forex(12087792, "EUR", "USD", "European Monetary Union Euro", MarketRules.EUR_USD, 0.00005, 1.08, 0.08),
                forex(15016059, "USD", "JPY", "Japanese Yen", MarketRules.USD_JPY, 0.005, 150, 0.10),
                crypto(479624278, "BTC", "Bitcoin", MarketRules.PAXOS_BTC, 0.25, 95_000, 0.60),
                crypto(495759171, "ETH", "Ethereum", MarketRules.PAXOS_ETH, 0.05, 3_300, 0.75),
                spx(),
                treasury(),
                bund());
    }

    private static Instrument forex(int conId, String base, String quote, String longName, MarketRule rule, double tick,
                                    double price, double volatility) {
        String pair = base + "." + quote;
        Contract contract = Contract.builder().conId(conId).symbol(base).secType(SecurityType.FOREX).exchange("IDEALPRO")
                .currency(quote).localSymbol(pair).tradingClass(pair).build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName(pair).minTick(tick).orderTypes(Listings.CASH_ORDER_TYPES)
                .validExchanges(List.of("IDEALPRO")).marketRuleIds(List.of(rule.id()))
                .priceMagnifier(1).longName(longName).industry("", "", "").timeZoneId("US/Eastern")
                .aggGroup(4).sizes(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)
                .build();
        MarketProfile profile = MarketProfile.builder(price, rule, Calendars.IDEALPRO)
                .volatility(volatility).style(MarketStyle.QUOTES_ONLY)
                .sizes(BigDecimal.valueOf(1000), 1000, 3000, 1000).activity(2, 0, 1)
                .exchanges(List.of("IDEALPRO")).build();
        return new Instrument(details, profile, Optional.empty());
    }

    private static Instrument crypto(int conId, String symbol, String longName, MarketRule rule, double tick, double price,
                                     double volatility) {
        Contract contract = Contract.builder().conId(conId).symbol(symbol).secType(SecurityType.CRYPTO).exchange("PAXOS")
                .currency("USD").localSymbol(symbol + ".USD").tradingClass(symbol).build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName(symbol).minTick(tick).orderTypes(List.of("ALGO", "DAY", "IOC", "LMT", "MKT", "MTL", "STP", "STPLMT"))
                .validExchanges(List.of("PAXOS")).marketRuleIds(List.of(rule.id()))
                .priceMagnifier(1).longName(longName).timeZoneId("US/Eastern").aggGroup(17)
                .sizes(Listings.decimal("0.0001"), Listings.decimal("0.00000001"), Listings.decimal("0.0001"))
                .build();
        MarketProfile profile = MarketProfile.builder(price, rule, Calendars.PAXOS)
                .volatility(volatility).sizes(Listings.decimal("0.0001"), 1, 5000, 600).activity(1, 0.8, 1)
                .exchanges(List.of("PAXOS")).build();
        return new Instrument(details, profile, Optional.empty());
    }

    private static Instrument spx() {
        Contract contract = Contract.builder().conId(416904).symbol("SPX").secType(SecurityType.INDEX).exchange("CBOE")
                .currency("USD").localSymbol("SPX").build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName("SPX").minTick(0.01).validExchanges(List.of("CBOE")).marketRuleIds(List.of(MarketRules.INDEX.id()))
                .priceMagnifier(1).longName("S&P 500 Stock Index")
                .industry("Indices", "Broad Range Equity Index", "Broad Range Equity Index")
                .timeZoneId("US/Eastern").aggGroup(2)
                .build();
        MarketProfile profile = MarketProfile.builder(5_830, MarketRules.INDEX, Calendars.US_INDEXES)
                .volatility(0.16).style(MarketStyle.INDEX).exchanges(List.of("CBOE")).build();
        return new Instrument(details, profile, Optional.empty());
    }

    private static Instrument treasury() {
        Contract contract = Contract.builder().conId(290283218).symbol("US-T").secType(SecurityType.BOND)
                .lastTradeDateOrContractMonth("20450815").exchange("SMART").currency("USD").localSymbol("912810RN0")
                .tradingClass("US-T").build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName("US-T").minTick(0.001).orderTypes(List.of("DAY", "GTC", "LMT", "MKT", "STP", "STPLMT"))
                .validExchanges(List.of("SMART")).marketRuleIds(List.of(MarketRules.BONDS.id()))
                .priceMagnifier(1).longName("United States Treasury").industry("Government", "Sovereign", "US Treasury Bonds")
                .timeZoneId("US/Eastern").aggGroup(3)
                .secIdList(Map.of("CUSIP", "912810RN0", "ISIN", "US912810RN00"))
                .sizes(BigDecimal.valueOf(1000), BigDecimal.valueOf(1000), BigDecimal.valueOf(1000))
                .bond(new BondDetails("912810RN0", "20150817", "AA+", "US-T", 2.875, "FIXED", false, false, false,
                        "T 2 7/8 08/15/45", "", "", false, ""))
                .build();
        MarketProfile profile = MarketProfile.builder(72.5, MarketRules.BONDS, Calendars.US_BONDS)
                .volatility(0.08).sizes(BigDecimal.valueOf(1000), 1, 500, 50).activity(0.3, 0.02, 0.2)
                .exchanges(List.of("SMART")).build();
        return new Instrument(details, profile, Optional.empty());
    }

    private static Instrument bund() {
        Contract contract = Contract.builder().conId(290283219).symbol("DBR").secType(SecurityType.BOND)
                .lastTradeDateOrContractMonth("20330215").exchange("SMART").currency("EUR").localSymbol("DE0001102309")
                .tradingClass("DBR").build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName("DBR").minTick(0.001).orderTypes(List.of("DAY", "GTC", "LMT", "MKT"))
                .validExchanges(List.of("SMART")).marketRuleIds(List.of(MarketRules.BONDS.id()))
                .priceMagnifier(1).longName("Bundesrepublik Deutschland").industry("Government", "Sovereign", "Sovereign")
                .timeZoneId("MET").aggGroup(3)
                .secIdList(Map.of("ISIN", "DE0001102309"))
                .sizes(BigDecimal.valueOf(1000), BigDecimal.valueOf(1000), BigDecimal.valueOf(1000))
                .bond(new BondDetails("", "20130115", "AAA", "Govt", 1.5, "FIXED", false, false, false,
                        "DBR 1 1/2 02/15/33", "", "", false, "Simulated terms"))
                .build();
        MarketProfile profile = MarketProfile.builder(88, MarketRules.BONDS, Calendars.EU_BONDS)
                .volatility(0.06).sizes(BigDecimal.valueOf(1000), 1, 500, 50).activity(0.3, 0.02, 1)
                .exchanges(List.of("SMART")).build();
        return new Instrument(details, profile, Optional.empty());
    }
}
