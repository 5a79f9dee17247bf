package io.tws4j.simulator.contracts;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.Expirations;
import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.market.Holidays;
import io.tws4j.simulator.market.MarketProfile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulated E-mini S&P 500 (ES) and E-mini Nasdaq-100 (NQ) futures on CME: the quarterly
 * contracts from a year back (expired, for {@code includeExpired} queries) to the front contract
 * and five quarters beyond it.
 * Each expires on the third Friday of its month, or the business day before when that Friday is
 * an exchange holiday (as June 2026's, Juneteenth).
 */
final class FuturesListings {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String MONTH_CODES = "FGHJKMNQUVXZ";

    /** One product: symbol, name, multiplier, underlying index conId, conId base, price level, volatility. */
    private record Product(String symbol, String longName, int multiplier, int indexConId, int conIdBase, double price,
                           double volatility) {}

    private static final List<Product> PRODUCTS = List.of(
            new Product("ES", "E-mini S&P 500", 50, 11004968, 620_000_000, 5850, 0.16),
            new Product("NQ", "E-mini Nasdaq-100", 20, 11004958, 630_000_000, 20800, 0.21));

    private FuturesListings() {}

    static List<Instrument> all(LocalDate today) {
        List<Instrument> futures = new ArrayList<>();
        for (Product product : PRODUCTS) {
            YearMonth month = quarterOnOrAfter(YearMonth.from(today).minusMonths(12));
            for (int i = 0; i < 10; i++, month = month.plusMonths(3)) {
                futures.add(future(product, month));
            }
        }
        return futures;
    }

    /** Returns the last trading day of a contract month: the third Friday, or the business day before a holiday. */
    static LocalDate lastTradingDay(YearMonth month) {
        LocalDate day = Expirations.thirdFriday(month);
        while (Holidays.US.isHoliday(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static Instrument future(Product product, YearMonth month) {
        String expiry = lastTradingDay(month).format(DAY);
        String localSymbol = product.symbol() + MONTH_CODES.charAt(month.getMonthValue() - 1) + (month.getYear() % 10);
        int conId = product.conIdBase() + month.getYear() * 100 + month.getMonthValue();
        Contract contract = Contract.builder().conId(conId).symbol(product.symbol()).secType(SecurityType.FUTURE)
                .lastTradeDateOrContractMonth(expiry).multiplier(product.multiplier()).exchange("CME").currency("USD")
                .localSymbol(localSymbol).tradingClass(product.symbol()).lastTradeDate(expiry).build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName(product.symbol()).minTick(0.25).orderTypes(Listings.DERIVATIVE_ORDER_TYPES)
                .validExchanges(List.of("CME", "QBALGO"))
                .marketRuleIds(Listings.sameRule(MarketRules.CME_EMINI.id(), 2))
                .priceMagnifier(1).longName(product.longName())
                .contractMonth(String.format("%04d%02d", month.getYear(), month.getMonthValue()))
                .timeZoneId("US/Central").aggGroup(2)
                .underlying(product.indexConId(), product.symbol(), "IND")
                .realExpirationDate(expiry)
                .sizes(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)
                .build();
        MarketProfile profile = MarketProfile.builder(product.price(), MarketRules.CME_EMINI, Calendars.CME_GLOBEX)
                .volatility(product.volatility()).sizes(BigDecimal.ONE, 1, 25, 3).activity(1.5, 2, 0.25)
                .exchanges(List.of("CME")).build();
        return new Instrument(details, profile, Optional.empty());
    }

    private static YearMonth quarterOnOrAfter(YearMonth month) {
        YearMonth quarter = month;
        while (!Expirations.isQuarterly(quarter)) {
            quarter = quarter.plusMonths(1);
        }
        return quarter;
    }
}
