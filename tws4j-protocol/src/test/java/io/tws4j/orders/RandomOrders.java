package io.tws4j.orders;

import io.tws4j.accounts.SoftDollarTier;
import io.tws4j.protocol.wire.Decimals;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * Seeded random orders, states and executions, every field set or unset at random, with values
 * of the shapes the wire carries (decimals in the form TWS writes them), so that they survive a
 * round trip unchanged.
 */
public final class RandomOrders {
    private static final String[] WORDS = {"", "AAPL", "SMART", "USD", "DU123456", "Ünïcode ✓", "a b", "x".repeat(60)};

    private final RandomGenerator random;

    public RandomOrders(RandomGenerator random) {
        this.random = random;
    }

    public Order order() {
        return Order.builder()
                .orderId(maybe(positive())).clientId(random.nextInt(100)).permId(random.nextBoolean() ? random.nextLong(1, Long.MAX_VALUE) : 0)
                .parentId(maybe(positive())).parentPermId(random.nextBoolean() ? random.nextLong(1, Long.MAX_VALUE) : 0)
                .action(pick(Action.BUY, Action.SELL, Action.SELL_SHORT, Action.SELL_LONG, Action.UNSET))
                .totalQuantity(decimal()).cashQuantity(maybe(price())).filledQuantity(decimal())
                .orderType(known(OrderType.values(), OrderType.UNKNOWN)).limitPrice(maybe(price())).auxPrice(maybe(price()))
                .timeInForce(known(TimeInForce.values(), TimeInForce.UNKNOWN)).account(word()).orderRef(word())
                .transmit(random.nextBoolean()).outsideRth(random.nextBoolean()).whatIf(random.nextBoolean())
                .oca(random.nextBoolean() ? new OcaGroup(word(), pick(OcaType.values())) : OcaGroup.NONE)
                .timing(new OrderTiming(word(), word(), word(), word(), word(), maybe(positive()), word()))
                .handling(handling()).offsets(offsets()).conditions(conditions()).algo(algo()).clearing(clearing())
                .allocation(new FaAllocation(word(), word(), word()))
                .volatility(new VolatilityOrder(maybe(price()), random.nextInt(3), random.nextBoolean(), random.nextInt(3),
                        new DeltaNeutralOrder(word(), maybe(price()), maybe(positive()), word(), random.nextBoolean(),
                                random.nextInt(3), word(), word(), word(), word())))
                .scale(new ScaleOrder(maybe(positive()), maybe(positive()), maybe(price()), maybe(price()), maybe(positive()),
                        maybe(price()), random.nextBoolean(), maybe(positive()), maybe(positive()), random.nextBoolean(), word()))
                .hedge(new HedgeOrder(word(), word(), maybe(positive())))
                .benchmarkPeg(new BenchmarkPeg(maybe(positive()), maybe(price()), random.nextBoolean(), maybe(price()), word(),
                        maybe(positive())))
                .adjustedStop(new AdjustedStop(pick(OrderType.MARKET, OrderType.STOP, OrderType.TRAILING_STOP, OrderType.UNSET),
                        maybe(price()), maybe(price()), maybe(price()), maybe(price()), random.nextInt(2)))
                .smartComboRoutingParams(map()).miscOptions(map())
                .build();
    }

    public OrderState state() {
        Optional<MarginImpact> margin = random.nextBoolean() ? Optional.of(margin()) : Optional.empty();
        String text = pick("Filled", "Submitted", "PreSubmitted", "Mystery");
        return new OrderState(OrderStatus.of(text), text, margin,
                random.nextBoolean() ? Optional.of(margin()) : Optional.empty(), optionalPrice(), optionalPrice(),
                optionalPrice(), word(), word(), decimal(), word(), allocations(), word(), word(), word());
    }

    public Execution execution() {
        return new Execution(random.nextInt(100_000), "0000e0d5." + positive() + ".01.01",
                Instant.ofEpochSecond(1_700_000_000L + random.nextInt(10_000_000)), word(), word(), pick("BOT", "SLD"),
                decimal(), price(), random.nextLong(1, Long.MAX_VALUE), random.nextInt(100), random.nextBoolean(), decimal(),
                price(), word(), word(), maybe(price()), word(), random.nextInt(4), random.nextBoolean(), word(),
                random.nextInt(3));
    }

    private OrderHandling handling() {
        return OrderHandling.builder()
                .displaySize(maybe(positive())).hidden(random.nextBoolean()).allOrNone(random.nextBoolean())
                .blockOrder(random.nextBoolean()).sweepToFill(random.nextBoolean()).minQty(maybe(positive()))
                .notHeld(random.nextBoolean()).optOutSmartRouting(random.nextBoolean()).randomizeSize(random.nextBoolean())
                .randomizePrice(random.nextBoolean()).solicited(random.nextBoolean()).includeOvernight(random.nextBoolean())
                .postOnly(random.nextBoolean()).allowPreOpen(random.nextBoolean()).ignoreOpenAuction(random.nextBoolean())
                .seekPriceImprovement(triState()).routeMarketableToBbo(triState()).usePriceMgmtAlgo(triState())
                .postToAts(triState()).minTradeQty(maybe(positive())).minCompeteSize(maybe(positive()))
                .imbalanceOnly(random.nextBoolean()).overridePercentageConstraints(random.nextBoolean())
                .deactivate(random.nextBoolean()).autoCancelParent(random.nextBoolean())
                .dontUseAutoPriceForHedge(random.nextBoolean()).omsContainer(random.nextBoolean())
                .whatIfType(random.nextInt(3)).advancedErrorOverride(word())
                .build();
    }

    private OrderOffsets offsets() {
        return OrderOffsets.builder()
                .trailingPercent(maybe(price())).trailStopPrice(maybe(price())).percentOffset(maybe(price()))
                .limitPriceOffset(maybe(price())).discretionaryAmount(maybe(price()))
                .discretionaryUpToLimitPrice(random.nextBoolean()).startingPrice(maybe(price()))
                .stockReferencePrice(maybe(price())).delta(maybe(price())).stockRange(maybe(price()), maybe(price()))
                .triggerMethod(pick(TriggerMethod.values())).midOffsets(maybe(price()), maybe(price()))
                .competeAgainstBestOffset(maybe(price()))
                .build();
    }

    private OrderConditions conditions() {
        List<OrderCondition> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            OrderCondition condition = switch (random.nextInt(6)) {
                case 0 -> new OrderCondition.Price(positive(), word(), random.nextBoolean(), price(), pick(TriggerMethod.values()),
                        OrderCondition.Conjunction.AND);
                case 1 -> OrderCondition.timeAfter(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1_000_000)));
                case 2 -> OrderCondition.marginCushionBelow(random.nextInt(100));
                case 3 -> OrderCondition.execution(word(), pick("STK", "OPT"), word());
                case 4 -> OrderCondition.volumeAbove(positive(), word(), positive());
                default -> OrderCondition.percentChangeAbove(positive(), word(), price());
            };
            list.add(random.nextBoolean() ? condition.or() : condition);
        }
        return list.isEmpty() && random.nextBoolean() ? OrderConditions.NONE
                : new OrderConditions(list, random.nextBoolean(), random.nextBoolean());
    }

    private Algo algo() {
        return random.nextBoolean() ? Algo.NONE : new Algo(pick("Vwap", "Twap", "Adaptive"), map(), word());
    }

    private OrderClearing clearing() {
        return OrderClearing.builder()
                .settlingFirm(word()).clearingAccount(word()).clearingIntent(word()).openClose(pick("", "O", "C"))
                .origin(random.nextInt(2)).shortSale(random.nextInt(3), word(), random.nextInt(3) - 1).rule80A(word())
                .modelCode(word()).extOperator(word()).customerAccount(word()).professionalCustomer(random.nextBoolean())
                .shareholder(word()).submitter(word()).manualOrderIndicator(triState()).bondAccruedInterest(word())
                .softDollarTier(random.nextBoolean() ? new SoftDollarTier(word(), word(), word()) : SoftDollarTier.NONE)
                .mifid2(word(), word(), word(), word())
                .build();
    }

    private MarginImpact margin() {
        return new MarginImpact(price(), price(), price(), price(), price(), price(), price(), price(), price());
    }

    private List<OrderAllocation> allocations() {
        List<OrderAllocation> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            list.add(new OrderAllocation(word(), decimal(), decimal(), decimal(), decimal(), decimal(), random.nextBoolean()));
        }
        return list;
    }

    private Map<String, String> map() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            map.put("key" + i, word());
        }
        return map;
    }

    private OptionalInt triState() {
        return random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(random.nextInt(2));
    }

    private OptionalDouble optionalPrice() {
        return random.nextBoolean() ? OptionalDouble.empty() : OptionalDouble.of(price());
    }

    /** A decimal in the form TWS writes and reads: no exponent, no trailing zeros. */
    public BigDecimal decimal() {
        return switch (random.nextInt(4)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> Decimals.parse(Integer.toString(random.nextInt(1, 100_000)));
            case 2 -> Decimals.parse(Integer.toString(random.nextInt(1, 1000) * 100));
            default -> Decimals.parse(Decimals.format(BigDecimal.valueOf(random.nextInt(1, 1_000_000), 4)));
        };
    }

    private double price() {
        return Math.round(random.nextDouble(0.01, 10_000) * 100) / 100.0;
    }

    private int positive() {
        return random.nextInt(1, 1_000_000);
    }

    private int maybe(int value) {
        return random.nextBoolean() ? value : 0;
    }

    private double maybe(double value) {
        return random.nextBoolean() ? value : 0;
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private <T> T known(T[] values, T unknown) {
        T value;
        do {
            value = pick(values);
        } while (value == unknown);
        return value;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
