package io.tws4j.contracts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Builds an option once its right, strike and expiry are known. The steps before it,
 * {@link NeedsStrike} and {@link NeedsExpiry}, make a missing strike or expiry a compile error:
 *
 * {@snippet :
 * Contract call = Contract.call("AAPL").strike(150).expiresOn(2024, 12, 20).build();
 * Contract weekly = Contract.put("SPY").strike(580).expiresWeekly().build();
 * Contract monthly = Contract.call("AAPL").strike(200).expiresMonthly().multiplier(100).build();
 * // Contract.call("AAPL").build();                     does not compile: no strike, no expiry
 * }
 *
 * <p>Options default to SMART, USD and a multiplier of 100 (US equity options).
 */
public final class OptionBuilder extends VenueBuilder<OptionBuilder> {
    /** US listed options expire by New York's calendar. */
    static final ZoneId US_OPTIONS_ZONE = ZoneId.of("America/New_York");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final OptionRight right;
    private final double strike;
    private final String expiry;
    private double multiplier = 100;

    private OptionBuilder(String symbol, OptionRight right, double strike, String expiry) {
        super(symbol, "SMART", "USD");
        this.right = right;
        this.strike = strike;
        this.expiry = expiry;
    }

    @Override
    OptionBuilder self() {
        return this;
    }

    /** Sets the multiplier (100 by default). */
    public OptionBuilder multiplier(double multiplier) {
        this.multiplier = Checks.multiplier(multiplier);
        return this;
    }

    @Override
    public Contract build() {
        return base(SecurityType.OPTION)
                .right(right)
                .strike(strike)
                .lastTradeDateOrContractMonth(expiry)
                .multiplier(multiplier)
                .build();
    }

    /** The first step of an option: it needs a strike. */
    public static final class NeedsStrike {
        private final String symbol;
        private final OptionRight right;

        NeedsStrike(String symbol, OptionRight right) {
            this.symbol = Checks.symbol(symbol);
            this.right = right;
        }

        /**
         * Sets the strike.
         *
         * @throws IllegalArgumentException if the strike is not a positive number
         */
        public NeedsExpiry strike(double strike) {
            return new NeedsExpiry(symbol, right, Checks.strike(strike));
        }
    }

    /** The second step of an option: it needs an expiry. */
    public static final class NeedsExpiry {
        private final String symbol;
        private final OptionRight right;
        private final double strike;

        NeedsExpiry(String symbol, OptionRight right, double strike) {
            this.symbol = symbol;
            this.right = right;
            this.strike = strike;
        }

        /**
         * Sets the expiry day.
         *
         * @throws IllegalArgumentException if the date does not exist
         */
        public OptionBuilder expiresOn(int year, int month, int day) {
            try {
                return expiresOn(LocalDate.of(year, month, day));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("not a valid expiry date: " + year + "-" + month + "-" + day, e);
            }
        }

        /** Sets the expiry day. */
        public OptionBuilder expiresOn(LocalDate day) {
            return new OptionBuilder(symbol, right, strike, day.format(DAY));
        }

        /** Sets the expiry to a month ({@code yyyyMM}); TWS then matches the month's expiries. */
        public OptionBuilder expiresIn(YearMonth month) {
            return new OptionBuilder(symbol, right, strike, String.format("%04d%02d", month.getYear(), month.getMonthValue()));
        }

        /** Sets the expiry to this week's Friday (today if it is Friday), by New York's calendar. */
        public OptionBuilder expiresWeekly() {
            return expiresWeekly(LocalDate.now(US_OPTIONS_ZONE));
        }

        /** Sets the expiry to the first Friday on or after {@code today}. */
        public OptionBuilder expiresWeekly(LocalDate today) {
            return expiresOn(Expirations.nextWeekly(today));
        }

        /** Sets the expiry to the next monthly expiry (third Friday), by New York's calendar. */
        public OptionBuilder expiresMonthly() {
            return expiresMonthly(LocalDate.now(US_OPTIONS_ZONE));
        }

        /** Sets the expiry to the first third Friday on or after {@code today}. */
        public OptionBuilder expiresMonthly(LocalDate today) {
            return expiresOn(Expirations.nextMonthly(today));
        }
    }
}
