package io.tws4j.simulator.marketdata;

import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.market.InstrumentMarket;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The text of generic tick 258 (tick type 47, FUNDAMENTAL_RATIOS) for a stock: the keys TWS sends
 * ({@code TTMNPMGN=...;NLOW=...;...}), in its order, with a simulated company behind them. The
 * company's figures (shares, revenue, margins, balance sheet, growth) are drawn once from the
 * gateway's seed and the instrument, so they never change; the ratios that involve the price
 * (P/E, market cap, price to book ...) and the price changes over 1, 4, 13 and 52 weeks and the
 * year follow the market model at the time asked. Amounts are in millions of the currency,
 * {@code -99999.99} where a ratio does not apply (inventory turns and interest cover of banks,
 * dividend figures of companies without dividends).
 *
 * <p>Keys and layout after texts TWS sent in 2017–2024 (quoted in public code); the values are
 * the simulator's, inferred to be plausible for large US companies. ETFs get none, as TWS sends
 * none until it has a value.
 */
final class FundamentalRatioText {
    private static final String NOT_APPLICABLE = "-99999.99";
    private static final int DAYS_52_WEEKS = 364;

    private FundamentalRatioText() {}

    /** Returns the tick's text for a stock at {@code at}, valued at {@code price}; empty for other instruments. */
    static Optional<String> of(Instrument instrument, InstrumentMarket market, Instant at, double price) {
        if (instrument.securityType() != SecurityType.STOCK || instrument.details().stockType().equals("ETF") || !(price > 0)) {
            return Optional.empty();
        }
        Company company = new Company(market.randomFor("fundamental ratios"), market.profile().dividendYield(),
                market.profile().annualVolatility(), instrument.details().industry().equals("Financial"));
        Map<String, String> values = company.ratios(price, market, at);
        values.put("CURRENCY", instrument.contract().currency());
        values.put("LATESTADATE", latestAnnual(at, market.profile().calendar().zone()).toString());
        StringBuilder text = new StringBuilder();
        for (String key : ORDER) {
            text.append(key).append('=').append(values.getOrDefault(key, NOT_APPLICABLE)).append(';');
        }
        return Optional.of(text.toString());
    }

    /** The keys in the order TWS sends them. */
    private static final String[] ORDER = {"TTMNPMGN", "NLOW", "TTMPRCFPS", "TTMGROSMGN", "TTMCFSHR", "QCURRATIO", "TTMREV",
            "TTMINVTURN", "TTMOPMGN", "TTMPR2REV", "AEPSNORM", "TTMNIPEREM", "EPSCHNGYR", "TTMPRFCFPS", "TTMRECTURN",
            "TTMPTMGN", "QCSHPS", "TTMFCF", "LATESTADATE", "APTMGNPCT", "AEBTNORM", "TTMNIAC", "NetDebt_I", "PRYTDPCTR",
            "TTMEBITD", "AFEEPSNTM", "PR2TANBK", "EPSTRENDGR", "QTOTD2EQ", "TTMFCFSHR", "QBVPS", "NPRICE", "YLD5YAVG",
            "PR13WKPCT", "PR52WKPCT", "REVTRENDGR", "AROAPCT", "TTMEPSXCLX", "QTANBVPS", "PRICE2BK", "MKTCAP", "TTMPAYRAT",
            "TTMINTCOV", "TTMREVCHG", "TTMROAPCT", "TTMROEPCT", "TTMREVPERE", "APENORM", "TTMROIPCT", "REVCHNGYR",
            "CURRENCY", "DIVGRPCT", "TTMEPSCHG", "PEEXCLXOR", "QQUICKRATI", "TTMREVPS", "BETA", "TTMEBT", "ADIV5YAVG",
            "ANIACNORM", "PR1WKPCT", "QLTD2EQ", "NHIG", "PR4WKPCT"};

    /** The last quarter end at least 45 days back: the latest annual (or interim) report's date. */
    private static LocalDate latestAnnual(Instant at, ZoneId zone) {
        LocalDate reported = LocalDate.ofInstant(at, zone).minusDays(45);
        LocalDate quarterStart = reported.withDayOfMonth(1).withMonth((reported.getMonthValue() - 1) / 3 * 3 + 1);
        return quarterStart.minusDays(1);
    }

    /** A simulated company: its figures per share and its margins, drawn once. */
    private static final class Company {
        final double shares;
        final double priceToSales;
        final double netMargin;
        final double grossMargin;
        final double operatingMargin;
        final double pretaxMargin;
        final double ebitdaMargin;
        final double normalizedEps;
        final double priceToBook;
        final double tangibleBook;
        final double cashFlowToEarnings;
        final double freeCashFlowToEarnings;
        final double cashToPrice;
        final double currentRatio;
        final double quickToCurrent;
        final double debtToEquity;
        final double longTermDebtShare;
        final double assetsToEquity;
        final double investedToEquity;
        final double inventoryTurns;
        final double receivableTurns;
        final double interestCover;
        final double[] growth;
        final double forwardGrowth;
        final double incomePerEmployee;
        final double dividendYield;
        final double dividendHistory;
        final double dividendGrowth;
        final double beta;
        final double[] normalizedShares;
        final boolean financial;

        Company(SplittableRandom random, double dividendYield, double volatility, boolean financial) {
            this.financial = financial;
            shares = Math.exp(uniform(random, Math.log(400), Math.log(16_000)));
            priceToSales = uniform(random, 1.2, 12);
            netMargin = uniform(random, 4, 32);
            grossMargin = Math.min(88, netMargin + uniform(random, 15, 45));
            operatingMargin = netMargin * uniform(random, 1.1, 1.4);
            pretaxMargin = operatingMargin * uniform(random, 0.92, 1.05);
            ebitdaMargin = operatingMargin + uniform(random, 3, 9);
            normalizedEps = uniform(random, 0.92, 1.08);
            priceToBook = uniform(random, 1.5, 45);
            tangibleBook = uniform(random, 0.55, 0.95);
            cashFlowToEarnings = uniform(random, 1.05, 1.4);
            freeCashFlowToEarnings = uniform(random, 0.75, 1.3);
            cashToPrice = uniform(random, 0.02, 0.15);
            currentRatio = uniform(random, 0.8, 3.2);
            quickToCurrent = uniform(random, 0.6, 0.95);
            debtToEquity = uniform(random, 5, 220);
            longTermDebtShare = uniform(random, 0.7, 1);
            assetsToEquity = uniform(random, 1.7, 6);
            investedToEquity = uniform(random, 1.1, 2);
            inventoryTurns = uniform(random, 5, 60);
            receivableTurns = uniform(random, 4, 20);
            interestCover = uniform(random, 8, 80);
            growth = new double[] {uniform(random, -8, 30), uniform(random, 0.7, 1.3), uniform(random, -2, 25),
                    uniform(random, -20, 45), uniform(random, 0.7, 1.3), uniform(random, -5, 30)};
            forwardGrowth = uniform(random, -0.05, 0.25);
            incomePerEmployee = uniform(random, 50_000, 900_000);
            this.dividendYield = dividendYield;
            dividendHistory = uniform(random, 0.8, 1.2);
            dividendGrowth = uniform(random, 2, 12);
            beta = volatility / 0.2 * uniform(random, 0.75, 1.05);
            normalizedShares = new double[] {uniform(random, 0.85, 1.05), uniform(random, 0.85, 1.05), uniform(random, 0.95, 1.05)};
        }

        Map<String, String> ratios(double price, InstrumentMarket market, Instant at) {
            Map<String, String> values = new LinkedHashMap<>();
            double revenue = price * shares / priceToSales;
            double income = revenue * netMargin / 100;
            double eps = income / shares;
            double bookPerShare = price / priceToBook;
            double equity = bookPerShare * shares;
            double roe = income / equity * 100;
            ratio(values, "TTMNPMGN", netMargin);
            ratio(values, "TTMGROSMGN", grossMargin);
            ratio(values, "TTMOPMGN", operatingMargin);
            ratio(values, "TTMPTMGN", pretaxMargin);
            ratio(values, "APTMGNPCT", pretaxMargin * normalizedShares[2]);
            amount(values, "TTMREV", revenue);
            amount(values, "TTMNIAC", income);
            amount(values, "TTMEBITD", revenue * ebitdaMargin / 100);
            amount(values, "TTMEBT", revenue * pretaxMargin / 100);
            amount(values, "AEBTNORM", revenue * pretaxMargin / 100 * normalizedShares[0]);
            amount(values, "ANIACNORM", income * normalizedShares[1]);
            ratio(values, "TTMEPSXCLX", eps);
            ratio(values, "PEEXCLXOR", price / eps);
            ratio(values, "AEPSNORM", eps * normalizedEps);
            ratio(values, "APENORM", price / (eps * normalizedEps));
            ratio(values, "AFEEPSNTM", eps * (1 + forwardGrowth));
            ratio(values, "TTMREVPS", revenue / shares);
            ratio(values, "TTMPR2REV", priceToSales);
            ratio(values, "TTMCFSHR", eps * cashFlowToEarnings);
            ratio(values, "TTMPRCFPS", price / (eps * cashFlowToEarnings));
            amount(values, "TTMFCF", income * freeCashFlowToEarnings);
            ratio(values, "TTMFCFSHR", eps * freeCashFlowToEarnings);
            ratio(values, "TTMPRFCFPS", price / (eps * freeCashFlowToEarnings));
            ratio(values, "QBVPS", bookPerShare);
            ratio(values, "PRICE2BK", priceToBook);
            ratio(values, "QTANBVPS", bookPerShare * tangibleBook);
            ratio(values, "PR2TANBK", priceToBook / tangibleBook);
            ratio(values, "QCSHPS", price * cashToPrice);
            ratio(values, "QTOTD2EQ", debtToEquity);
            ratio(values, "QLTD2EQ", debtToEquity * longTermDebtShare);
            amount(values, "NetDebt_I", equity * debtToEquity / 100 - price * cashToPrice * shares);
            amount(values, "MKTCAP", price * shares);
            ratio(values, "TTMROEPCT", roe);
            ratio(values, "TTMROAPCT", roe / assetsToEquity);
            ratio(values, "AROAPCT", roe / assetsToEquity * normalizedShares[2]);
            ratio(values, "TTMROIPCT", roe / investedToEquity);
            ratio(values, "TTMRECTURN", receivableTurns);
            if (!financial) {
                ratio(values, "QCURRATIO", currentRatio);
                ratio(values, "QQUICKRATI", currentRatio * quickToCurrent);
                ratio(values, "TTMINVTURN", inventoryTurns);
                ratio(values, "TTMINTCOV", interestCover);
            }
            ratio(values, "TTMREVCHG", growth[0]);
            ratio(values, "REVCHNGYR", growth[0] * growth[1]);
            ratio(values, "REVTRENDGR", growth[2]);
            ratio(values, "TTMEPSCHG", growth[3]);
            ratio(values, "EPSCHNGYR", growth[3] * growth[4]);
            ratio(values, "EPSTRENDGR", growth[5]);
            amount(values, "TTMNIPEREM", incomePerEmployee);
            amount(values, "TTMREVPERE", incomePerEmployee * 100 / netMargin);
            ratio(values, "TTMPAYRAT", dividendYield * price / eps * 100);
            if (dividendYield > 0) {
                ratio(values, "YLD5YAVG", dividendYield * 100 * dividendHistory);
                ratio(values, "ADIV5YAVG", dividendYield * 100 * dividendHistory * normalizedShares[1]);
                ratio(values, "DIVGRPCT", dividendGrowth);
            }
            ratio(values, "BETA", beta);
            prices(values, price, market, at);
            return values;
        }

        /** The price now, its 52-week range of daily closes (the model's mid), and its changes over weeks and the year. */
        private static void prices(Map<String, String> values, double price, InstrumentMarket market, Instant at) {
            double low = price;
            double high = price;
            for (int day = 1; day <= DAYS_52_WEEKS; day++) {
                double mid = market.profile().priceRule().round(market.midAt(at.minus(Duration.ofDays(day))));
                low = Math.min(low, mid);
                high = Math.max(high, mid);
            }
            values.put("NPRICE", plain(price, 4));
            values.put("NLOW", plain(low, 4));
            values.put("NHIG", plain(high, 4));
            ratio(values, "PR1WKPCT", change(price, market, at, 7));
            ratio(values, "PR4WKPCT", change(price, market, at, 28));
            ratio(values, "PR13WKPCT", change(price, market, at, 91));
            ratio(values, "PR52WKPCT", change(price, market, at, DAYS_52_WEEKS));
            LocalDate yearStart = LocalDate.ofInstant(at, market.profile().calendar().zone()).withDayOfYear(1);
            double lastClose = market.midAt(yearStart.atStartOfDay(market.profile().calendar().zone()).toInstant());
            ratio(values, "PRYTDPCTR", (price / lastClose - 1) * 100);
        }

        private static double change(double price, InstrumentMarket market, Instant at, int days) {
            return (price / market.midAt(at.minus(Duration.ofDays(days))) - 1) * 100;
        }
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** A ratio or a per-share figure: five decimals at most, as TWS writes them. */
    private static void ratio(Map<String, String> values, String key, double value) {
        values.put(key, plain(value, 5));
    }

    /** An amount in millions (or per employee): one decimal at most. */
    private static void amount(Map<String, String> values, String key, double value) {
        values.put(key, plain(value, 1));
    }

    private static String plain(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_APPLICABLE;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }
}
