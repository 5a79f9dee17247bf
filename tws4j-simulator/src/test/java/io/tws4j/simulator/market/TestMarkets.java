package io.tws4j.simulator.market;

import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.OptionRight;
import io.tws4j.contracts.PriceIncrement;
import io.tws4j.simulator.core.GatewayScheduler;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/**
 * Small markets for the model's tests: a US stock, a Tokyo stock with price-dependent ticks, a 24/7 coin, an option, an
 * index, a currency pair quoted without trades.
 */
final class TestMarkets {
    static final ZoneId NEW_YORK = ZoneId.of("US/Eastern");
    static final MarketRule CENT = new MarketRule(26, List.of(new PriceIncrement(0, 0.01)));
    static final MarketRule TOKYO = new MarketRule(1001, List.of(new PriceIncrement(0, 0.1), new PriceIncrement(1000, 0.5),
            new PriceIncrement(3000, 1)));
    static final MarketRule OPTIONS = new MarketRule(110, List.of(new PriceIncrement(0, 0.01), new PriceIncrement(3, 0.05)));
    static final TradingCalendar US = TradingCalendar.builder(NEW_YORK, Holidays.US)
            .session(SessionWindow.of("04:00", "20:00")).regular(SessionWindow.of("09:30", "16:00")).build();
    static final TradingCalendar US_RTH = TradingCalendar.builder(NEW_YORK, Holidays.US)
            .session(SessionWindow.of("09:30", "16:00")).build();
    static final TradingCalendar TSE = TradingCalendar.builder(ZoneId.of("Japan"), Holidays.JAPAN)
            .session(SessionWindow.of("09:00", "11:30")).session(SessionWindow.of("12:30", "15:30")).build();
    static final TradingCalendar ALWAYS = TradingCalendar.builder(NEW_YORK, Holidays.NONE)
            .session(SessionWindow.allDay()).tradingDays(EnumSet.allOf(DayOfWeek.class)).build();

    static final int STOCK = 1;
    static final int TOYOTA = 2;
    static final int COIN = 3;
    static final int CALL = 4;
    static final int PUT = 5;
    static final int INDEX = 6;
    static final int FX = 7;
    /** Monday 6 January 2025, 10:00 in New York. */
    static final Instant MONDAY_MORNING = Instant.parse("2025-01-06T15:00:00Z");

    private TestMarkets() {}

    /** Returns a model of the test markets, with a fixed clock and no live feeds. */
    static MarketModel model(long seed) {
        return model(seed, InstantSource.fixed(MONDAY_MORNING), null);
    }

    static MarketModel model(long seed, InstantSource clock, GatewayScheduler scheduler) {
        MarketModel model = new MarketModel(seed, clock, scheduler);
        model.add(STOCK, MarketProfile.builder(230, CENT, US).volatility(0.3).dividendYield(0.005).build());
        model.add(TOYOTA, MarketProfile.builder(2990, TOKYO, TSE).volatility(0.3).sizes(BigDecimal.valueOf(100), 1, 40, 8)
                .exchanges(List.of("TSEJ")).build());
        model.add(COIN, MarketProfile.builder(95_000, new MarketRule(2001, List.of(new PriceIncrement(0, 0.25))), ALWAYS)
                .volatility(0.6).sizes(new BigDecimal("0.0001"), 1, 5000, 600).activity(1, 0.8, 1)
                .exchanges(List.of("PAXOS")).build());
        Instant expiry = Instant.parse("2025-01-17T21:00:00Z");
        MarketProfile option = MarketProfile.builder(10, OPTIONS, US_RTH).sizes(BigDecimal.ONE, 1, 25, 4)
                .activity(0.5, 0.2, 0).exchanges(List.of("CBOE", "ISE")).build();
        model.addOption(CALL, option, new OptionTerms(STOCK, OptionRight.CALL, 230, expiry, 0.28, 0.045));
        model.addOption(PUT, option, new OptionTerms(STOCK, OptionRight.PUT, 230, expiry, 0.28, 0.045));
        model.add(INDEX, MarketProfile.builder(5830, CENT, US_RTH).volatility(0.16).style(MarketStyle.INDEX)
                .exchanges(List.of("CBOE")).build());
        model.add(FX, MarketProfile.builder(1.08, new MarketRule(239, List.of(new PriceIncrement(0, 0.00005))), ALWAYS)
                .volatility(0.08).style(MarketStyle.QUOTES_ONLY).sizes(new BigDecimal("1000"), 1, 2000, 500).activity(2, 0, 1)
                .exchanges(List.of("IDEALPRO")).build());
        return model;
    }
}
