package io.tws4j.simulator.contracts;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.Expirations;
import io.tws4j.contracts.OptionRight;
import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.market.Holidays;
import io.tws4j.simulator.market.MarketProfile;
import io.tws4j.simulator.market.OptionTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The simulated AAPL option chain: the next four weekly expiries and three monthly ones
 * (holiday Fridays move to Thursday), 17 strikes five dollars apart around AAPL's price level,
 * calls and puts, priced off AAPL's simulated market at a volatility with a mild skew.
 */
final class OptionListings {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter OCC_DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final ZoneId NEW_YORK = ZoneId.of("US/Eastern");
    /** The risk-free rate the simulated options are priced with. */
    static final double RATE = 0.045;
    private static final double BASE_VOLATILITY = 0.28;

    private OptionListings() {}

    static List<Instrument> aapl(LocalDate today) {
        double level = Stocks.referencePrice(Stocks.AAPL);
        double center = Math.round(level / 5) * 5.0;
        List<Instrument> options = new ArrayList<>();
        for (LocalDate expiry : expiries(today)) {
            for (int step = -8; step <= 8; step++) {
                double strike = center + 5 * step;
                options.add(option(expiry, strike, OptionRight.CALL, level));
                options.add(option(expiry, strike, OptionRight.PUT, level));
            }
        }
        return options;
    }

    /** Returns the expiries listed on {@code today}: four weeklies and three monthlies. */
    static List<LocalDate> expiries(LocalDate today) {
        TreeSet<LocalDate> expiries = new TreeSet<>();
        LocalDate friday = Expirations.nextWeekly(today);
        for (int week = 0; week < 4; week++, friday = friday.plusWeeks(1)) {
            expiries.add(business(friday));
        }
        YearMonth month = YearMonth.from(Expirations.nextMonthly(today));
        for (int i = 0; i < 3; i++, month = month.plusMonths(1)) {
            expiries.add(business(Expirations.thirdFriday(month)));
        }
        expiries.removeIf(day -> day.isBefore(today));
        return List.copyOf(expiries);
    }

    private static LocalDate business(LocalDate day) {
        LocalDate adjusted = day;
        while (Holidays.US.isHoliday(adjusted)) {
            adjusted = adjusted.minusDays(1);
        }
        return adjusted;
    }

    private static Instrument option(LocalDate expiry, double strike, OptionRight right, double level) {
        String occ = String.format("AAPL  %s%s%08d", expiry.format(OCC_DAY), right.wireValue(), Math.round(strike * 1000));
        Contract contract = Contract.builder().conId(conId(occ)).symbol("AAPL").secType(SecurityType.OPTION)
                .lastTradeDateOrContractMonth(expiry.format(DAY)).strike(strike).right(right).multiplier(100)
                .exchange("SMART").currency("USD").localSymbol(occ).tradingClass("AAPL").lastTradeDate(expiry.format(DAY))
                .build();
        ContractDetails details = ContractDetails.builder(contract)
                .marketName("AAPL").minTick(0.01).orderTypes(Listings.DERIVATIVE_ORDER_TYPES)
                .validExchanges(Listings.US_OPTION_EXCHANGES)
                .marketRuleIds(Listings.sameRule(MarketRules.US_OPTIONS.id(), Listings.US_OPTION_EXCHANGES.size()))
                .priceMagnifier(1).longName("APPLE INC")
                .contractMonth(String.format("%04d%02d", expiry.getYear(), expiry.getMonthValue()))
                .industry("Technology", "Computers", "Computers")
                .timeZoneId("US/Eastern").aggGroup(2).underlying(Stocks.AAPL, "AAPL", "STK")
                .economicValue("AAPL", 100).realExpirationDate(expiry.format(DAY))
                .sizes(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)
                .build();
        double moneyness = Math.log(strike / level);
        double volatility = BASE_VOLATILITY + 0.15 * moneyness * moneyness - 0.05 * moneyness;
        OptionTerms terms = new OptionTerms(Stocks.AAPL, right, strike,
                expiry.atTime(LocalTime.of(16, 0)).atZone(NEW_YORK).toInstant(), volatility, RATE);
        MarketProfile profile = MarketProfile.builder(Math.max(level * 0.05, 1), MarketRules.US_OPTIONS,
                        Calendars.US_OPTIONS)
                .sizes(BigDecimal.ONE, 1, 25, 4).activity(0.5, 0.05, 0)
                .exchanges(List.of("CBOE", "AMEX", "ISE", "PHLX", "BOX", "MIAX")).build();
        return new Instrument(details, profile, Optional.of(terms));
    }

    /** A stable conId from the OCC symbol, in a range no other simulated instrument uses. */
    private static int conId(String occ) {
        return 700_000_000 + Math.floorMod(occ.hashCode(), 1_400_000_000);
    }
}
