package io.tws4j.simulator.wsh;

import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.wsh.WshEventTypes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The seeded corporate calendar of a stock. Fiscal quarters follow the calendar; earnings are
 * announced three to six weeks after a quarter ends, before or after the market; dividend payers
 * go ex-dividend in the middle month of each quarter and pay two to four weeks later, a quarter
 * of their yield at the reference price; about one year in twelve holds a forward split. Events
 * fall on weekdays. Events within 30 days of today, or past, are confirmed; later ones are not.
 */
final class WshCalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final List<String> SPLIT_RATIOS = List.of("2:1", "3:1", "4:1", "10:1");
    private static final double SPLITS_PER_YEAR = 1 / 12.0;

    private final long seed;

    WshCalendar(long seed) {
        this.seed = seed;
    }

    /** Returns a stock's events from {@code first} to {@code last}, both included, in date order. */
    List<CalendarEvent> events(Instrument stock, LocalDate first, LocalDate last, LocalDate today) {
        if (stock.securityType() != SecurityType.STOCK) {
            return List.of();
        }
        List<CalendarEvent> events = new ArrayList<>();
        // A year's last quarter reports in the next year, so the range's first year starts a year early.
        for (int year = first.getYear() - 1; year <= last.getYear(); year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                if (!stock.details().stockType().equals("ETF")) {
                    events.add(earnings(stock, year, quarter, today));
                }
                if (stock.profile().dividendYield() > 0) {
                    events.add(dividend(stock, year, quarter, today));
                }
            }
            split(stock, year, today).ifPresent(events::add);
        }
        return events.stream()
                .filter(event -> !event.date().isBefore(first) && !event.date().isAfter(last))
                .sorted(Comparator.comparing(CalendarEvent::date).thenComparing(CalendarEvent::type))
                .toList();
    }

    private CalendarEvent earnings(Instrument stock, int year, int quarter, LocalDate today) {
        SplittableRandom random = random(stock, year, quarter, 1);
        LocalDate quarterEnd = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
        LocalDate date = weekday(quarterEnd.plusDays(21 + random.nextInt(22)));
        Map<String, Object> data = company(stock);
        data.put("earnings_date", date.format(DAY));
        data.put("time_of_day", random.nextBoolean() ? "Before Market" : "After Market");
        data.put("wshe_earnings_date_status", confirmed(date, today) ? "CONFIRMED" : "UNCONFIRMED");
        data.put("wshe_event_status", date.isBefore(today) ? "HELD" : "PENDING");
        data.put("fiscal_year", year);
        data.put("fiscal_period", "Q" + quarter);
        data.put("event_desc", "Q" + quarter + " " + year + " Earnings Release");
        return event(WshEventTypes.EARNINGS_DATE, date, stock, data);
    }

    private CalendarEvent dividend(Instrument stock, int year, int quarter, LocalDate today) {
        SplittableRandom random = random(stock, year, quarter, 2);
        LocalDate exDate = weekday(LocalDate.of(year, quarter * 3 - 1, 5 + random.nextInt(16)));
        BigDecimal amount = BigDecimal.valueOf(stock.profile().referencePrice() * stock.profile().dividendYield() / 4)
                .setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
        Map<String, Object> data = company(stock);
        data.put("ex_div_date", exDate.format(DAY));
        data.put("pay_date", weekday(exDate.plusDays(14 + random.nextInt(15))).format(DAY));
        data.put("dividend_oc", amount);
        data.put("dividend_currency", stock.contract().currency());
        data.put("frequency", "Quarterly");
        data.put("wshe_event_status", exDate.isBefore(today) ? "HELD" : confirmed(exDate, today) ? "CONFIRMED" : "PENDING");
        return event(WshEventTypes.DIVIDEND, exDate, stock, data);
    }

    private Optional<CalendarEvent> split(Instrument stock, int year, LocalDate today) {
        SplittableRandom random = random(stock, year, 0, 3);
        if (random.nextDouble() >= SPLITS_PER_YEAR) {
            return Optional.empty();
        }
        LocalDate date = weekday(LocalDate.of(year, 1, 1).plusDays(random.nextInt(360)));
        Map<String, Object> data = company(stock);
        data.put("ratio", SPLIT_RATIOS.get(random.nextInt(SPLIT_RATIOS.size())));
        data.put("split_type", "Forward");
        data.put("effective_date", date.format(DAY));
        data.put("wshe_event_status", date.isBefore(today) ? "HELD" : "PENDING");
        return Optional.of(event(WshEventTypes.SPLIT, date, stock, data));
    }

    private static CalendarEvent event(String type, LocalDate date, Instrument stock, Map<String, Object> data) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event_type", type);
        json.put("index_date", date.format(DAY));
        json.put("source", "WSHE");
        json.put("data", data);
        return new CalendarEvent(date, type, stock.conId(), json);
    }

    private static Map<String, Object> company(Instrument stock) {
        Map<String, Object> company = new LinkedHashMap<>();
        company.put("conid", stock.conId());
        company.put("contract", stock.contract().symbol());
        company.put("contract_description", stock.details().longName());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("company", company);
        return data;
    }

    private static boolean confirmed(LocalDate date, LocalDate today) {
        return !date.isAfter(today.plusDays(30));
    }

    /** Saturday and Sunday move to the Monday after. */
    private static LocalDate weekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.plusDays(2);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    private SplittableRandom random(Instrument stock, int year, int quarter, int kind) {
        long key = seed ^ 0x452821E638D01377L;
        for (long coordinate : new long[] {stock.conId(), year, quarter, kind}) {
            key = mix(key ^ (coordinate * 0x9E3779B97F4A7C15L + 0xBE5466CF34E90C6CL));
        }
        return new SplittableRandom(key);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
