package io.tws4j.contracts;

import io.tws4j.connection.TwsTimeZones;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Seeded random contracts and contract details, each field set or unset at random, with values
 * of the shapes TWS sends (so that list and number fields survive the wire's text forms).
 */
public final class RandomContracts {
    private static final String[] WORDS = {"", "AAPL", "STK", "SMART", "USD", "NASDAQ", "ES", "Ünïcode ✓", "a b", "x".repeat(80)};
    private static final String[] TOKENS = {"LMT", "MKT", "STP", "NYSE", "ARCA", "ISLAND", "IEX", "BATS"};
    private static final String[] ZONES = {"US/Eastern", "US/Central", "Japan", "MET", "Europe/Berlin", "NoSuchZone", ""};

    private final RandomGenerator random;

    public RandomContracts(RandomGenerator random) {
        this.random = random;
    }

    public Contract contract() {
        List<ComboLeg> legs = new ArrayList<>();
        for (int i = random.nextInt(3) == 0 ? random.nextInt(4) : 0; i > 0; i--) {
            legs.add(new ComboLeg(positive(), 1 + random.nextInt(5), word(), word(), random.nextInt(4), random.nextInt(3),
                    word(), random.nextInt(3) - 1, maybe(price())));
        }
        Optional<DeltaNeutralContract> hedge = random.nextInt(4) == 0
                ? Optional.of(new DeltaNeutralContract(positive(), price(), price()))
                : Optional.empty();
        return new Contract(maybe(positive()), word(), word(), word(), maybe(price()), word(), maybe(price()), word(),
                word(), word(), word(), word(), word(), word(), word(), word(), hedge, random.nextBoolean(), word(),
                legs, word());
    }

    public ContractDetails details() {
        String zoneName = ZONES[random.nextInt(ZONES.length)];
        ZoneId zone = TwsTimeZones.resolve(zoneName).orElse(ZoneOffset.UTC);
        ContractDetailsBuilder details = ContractDetails.builder(contract())
                .marketName(word()).minTick(maybe(tick())).orderTypes(tokens()).validExchanges(tokens())
                .priceMagnifier(maybe(random.nextInt(1000))).longName(word()).contractMonth(word())
                .industry(word(), word(), word()).timeZoneId(zoneName)
                .tradingHours(hours(zone)).liquidHours(hours(zone)).economicValue(word(), maybe(price()))
                .secIdList(secIds()).aggGroup(maybe(random.nextInt(10))).underlying(maybe(positive()), word(), word())
                .marketRuleIds(ids()).realExpirationDate(word()).stockType(word())
                .sizes(decimal(), decimal(), decimal())
                .eventContract(word(), word(), word()).minAlgoSize(decimal()).precisions(word(), word())
                .settlementMethod(word());
        if (random.nextInt(3) == 0) {
            details.fund(new FundDetails(word(), word(), word(), word(), word(), word(), word(), random.nextBoolean(),
                    random.nextBoolean(), random.nextBoolean(), word(), word(), word(), word(), word(), word(), word()));
        }
        if (random.nextInt(3) == 0) {
            details.bond(new BondDetails(word(), word(), word(), word(), maybe(price()), word(), random.nextBoolean(),
                    random.nextBoolean(), random.nextBoolean(), word(), word(), word(), random.nextBoolean(), word()));
        }
        if (random.nextInt(4) == 0) {
            details.ineligibilityReasons(List.of(new IneligibilityReason(word(), word())));
        }
        return details.build();
    }

    private TradingHours hours(ZoneId zone) {
        List<TradingSession> sessions = new ArrayList<>();
        List<LocalDate> closed = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
        for (int i = random.nextInt(5); i > 0; i--, day = day.plusDays(1)) {
            if (random.nextInt(5) == 0) {
                closed.add(day);
                continue;
            }
            ZonedDateTime start = day.atTime(4 + random.nextInt(6), random.nextInt(4) * 15).atZone(zone);
            sessions.add(new TradingSession(start, start.plusMinutes(30 + random.nextInt(1200))));
        }
        return TradingHours.of(zone, sessions, closed);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private List<String> tokens() {
        List<String> tokens = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tokens.add(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return tokens;
    }

    private List<Integer> ids() {
        List<Integer> ids = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            ids.add(random.nextInt(300));
        }
        return ids;
    }

    private Map<String, String> secIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        if (random.nextBoolean()) {
            ids.put("ISIN", "US0378331005");
        }
        return ids;
    }

    private int positive() {
        return 1 + random.nextInt(Integer.MAX_VALUE - 1);
    }

    private int maybe(int value) {
        return random.nextBoolean() ? value : 0;
    }

    private double maybe(double value) {
        return random.nextBoolean() ? value : 0;
    }

    private double price() {
        return Math.round(random.nextDouble() * 1e6) / 100.0;
    }

    private double tick() {
        double[] ticks = {0.01, 0.25, 0.00005, 0.5, 5, 0.0001};
        return ticks[random.nextInt(ticks.length)];
    }

    private BigDecimal decimal() {
        return random.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(5));
    }
}
