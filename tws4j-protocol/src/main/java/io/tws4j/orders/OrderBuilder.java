package io.tws4j.orders;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds an {@link Order}: a setter for every component, the groups as a whole, and shortcuts
 * for the group fields most orders set. Checks only what no order allows (null values); what TWS
 * would refuse is checked by the client before it sends an order. Not safe for concurrent use.
 *
 * {@snippet :
 * Order stop = Order.builder().action(Action.SELL).totalQuantity(100)
 *         .orderType(OrderType.STOP).auxPrice(145).timeInForce(TimeInForce.GOOD_TILL_CANCEL)
 *         .build();
 * }
 */
public final class OrderBuilder {
    private int orderId;
    private int clientId;
    private long permId;
    private int parentId;
    private long parentPermId;
    private Action action = Action.UNSET;
    private BigDecimal totalQuantity = BigDecimal.ZERO;
    private double cashQuantity;
    private BigDecimal filledQuantity = BigDecimal.ZERO;
    private OrderType orderType = OrderType.UNSET;
    private double limitPrice;
    private double auxPrice;
    private TimeInForce timeInForce = TimeInForce.UNSET;
    private String account = "";
    private String orderRef = "";
    private boolean transmit = true;
    private boolean outsideRth;
    private boolean whatIf;
    private OcaGroup oca = OcaGroup.NONE;
    private OrderTiming timing = OrderTiming.NONE;
    private OrderHandling handling = OrderHandling.NONE;
    private OrderOffsets offsets = OrderOffsets.NONE;
    private OrderConditions conditions = OrderConditions.NONE;
    private Algo algo = Algo.NONE;
    private OrderClearing clearing = OrderClearing.NONE;
    private FaAllocation allocation = FaAllocation.NONE;
    private VolatilityOrder volatility = VolatilityOrder.NONE;
    private ScaleOrder scale = ScaleOrder.NONE;
    private HedgeOrder hedge = HedgeOrder.NONE;
    private BenchmarkPeg benchmarkPeg = BenchmarkPeg.NONE;
    private AdjustedStop adjustedStop = AdjustedStop.NONE;
    private Map<String, String> smartComboRoutingParams = new LinkedHashMap<>();
    private Map<String, String> miscOptions = new LinkedHashMap<>();

    OrderBuilder() {}

    OrderBuilder(Order order) {
        orderId = order.orderId();
        clientId = order.clientId();
        permId = order.permId();
        parentId = order.parentId();
        parentPermId = order.parentPermId();
        action = order.action();
        totalQuantity = order.totalQuantity();
        cashQuantity = order.cashQuantity();
        filledQuantity = order.filledQuantity();
        orderType = order.orderType();
        limitPrice = order.limitPrice();
        auxPrice = order.auxPrice();
        timeInForce = order.timeInForce();
        account = order.account();
        orderRef = order.orderRef();
        transmit = order.transmit();
        outsideRth = order.outsideRth();
        whatIf = order.whatIf();
        oca = order.oca();
        timing = order.timing();
        handling = order.handling();
        offsets = order.offsets();
        conditions = order.conditions();
        algo = order.algo();
        clearing = order.clearing();
        allocation = order.allocation();
        volatility = order.volatility();
        scale = order.scale();
        hedge = order.hedge();
        benchmarkPeg = order.benchmarkPeg();
        adjustedStop = order.adjustedStop();
        smartComboRoutingParams = new LinkedHashMap<>(order.smartComboRoutingParams());
        miscOptions = new LinkedHashMap<>(order.miscOptions());
    }

    // ---- identity

    public OrderBuilder orderId(int id) { orderId = id; return this; }
    public OrderBuilder clientId(int id) { clientId = id; return this; }
    public OrderBuilder permId(long id) { permId = id; return this; }
    public OrderBuilder parentId(int id) { parentId = id; return this; }
    public OrderBuilder parentPermId(long id) { parentPermId = id; return this; }

    // ---- what, how much, at what price, for how long

    public OrderBuilder action(Action value) { action = Objects.requireNonNull(value); return this; }
    public OrderBuilder totalQuantity(BigDecimal value) { totalQuantity = Objects.requireNonNull(value); return this; }

    /** Sets the quantity from a whole number of shares or contracts. */
    public OrderBuilder totalQuantity(long value) { return totalQuantity(BigDecimal.valueOf(value)); }

    public OrderBuilder cashQuantity(double value) { cashQuantity = value; return this; }
    public OrderBuilder filledQuantity(BigDecimal value) { filledQuantity = Objects.requireNonNull(value); return this; }
    public OrderBuilder orderType(OrderType value) { orderType = Objects.requireNonNull(value); return this; }
    public OrderBuilder limitPrice(double value) { limitPrice = value; return this; }
    public OrderBuilder auxPrice(double value) { auxPrice = value; return this; }
    public OrderBuilder timeInForce(TimeInForce value) { timeInForce = Objects.requireNonNull(value); return this; }
    public OrderBuilder account(String value) { account = Objects.requireNonNull(value); return this; }
    public OrderBuilder orderRef(String value) { orderRef = Objects.requireNonNull(value); return this; }
    public OrderBuilder transmit(boolean value) { transmit = value; return this; }
    public OrderBuilder outsideRth(boolean value) { outsideRth = value; return this; }
    public OrderBuilder whatIf(boolean value) { whatIf = value; return this; }

    // ---- groups

    public OrderBuilder oca(OcaGroup value) { oca = Objects.requireNonNull(value); return this; }
    public OrderBuilder timing(OrderTiming value) { timing = Objects.requireNonNull(value); return this; }
    public OrderBuilder handling(OrderHandling value) { handling = Objects.requireNonNull(value); return this; }
    public OrderBuilder offsets(OrderOffsets value) { offsets = Objects.requireNonNull(value); return this; }
    public OrderBuilder conditions(OrderConditions value) { conditions = Objects.requireNonNull(value); return this; }
    public OrderBuilder algo(Algo value) { algo = Objects.requireNonNull(value); return this; }
    public OrderBuilder clearing(OrderClearing value) { clearing = Objects.requireNonNull(value); return this; }
    public OrderBuilder allocation(FaAllocation value) { allocation = Objects.requireNonNull(value); return this; }
    public OrderBuilder volatility(VolatilityOrder value) { volatility = Objects.requireNonNull(value); return this; }
    public OrderBuilder scale(ScaleOrder value) { scale = Objects.requireNonNull(value); return this; }
    public OrderBuilder hedge(HedgeOrder value) { hedge = Objects.requireNonNull(value); return this; }
    public OrderBuilder benchmarkPeg(BenchmarkPeg value) { benchmarkPeg = Objects.requireNonNull(value); return this; }
    public OrderBuilder adjustedStop(AdjustedStop value) { adjustedStop = Objects.requireNonNull(value); return this; }
    public OrderBuilder smartComboRoutingParams(Map<String, String> value) { smartComboRoutingParams = new LinkedHashMap<>(value); return this; }
    public OrderBuilder miscOptions(Map<String, String> value) { miscOptions = new LinkedHashMap<>(value); return this; }

    // ---- shortcuts into the groups

    /** Puts the order in a one-cancels-all group. */
    public OrderBuilder ocaGroup(String name, OcaType type) { return oca(new OcaGroup(name, type)); }

    /** Sets the good-till date (TWS's time text; see {@link OrderTimes}). */
    public OrderBuilder goodTillDate(String time) { timing = timing.withGoodTillDate(time); return this; }

    /** Sets the good-after time (TWS's time text; see {@link OrderTimes}). */
    public OrderBuilder goodAfterTime(String time) { timing = timing.withGoodAfterTime(time); return this; }

    /** Sets the conditions that activate the order. */
    public OrderBuilder conditions(List<OrderCondition> list) { return conditions(OrderConditions.of(list)); }

    /** Returns the time in force set so far. */
    public TimeInForce timeInForce() { return timeInForce; }

    /** Returns the order type set so far. */
    public OrderType orderType() { return orderType; }

    /** Returns the action set so far. */
    public Action action() { return action; }

    /** Returns the handling set so far, for changes of one of its fields. */
    public OrderHandling handling() { return handling; }

    /** Returns the offsets set so far, for changes of one of its fields. */
    public OrderOffsets offsets() { return offsets; }

    /** Returns the timing set so far, for changes of one of its fields. */
    public OrderTiming timing() { return timing; }

    /** Returns the clearing fields set so far, for changes of one of them. */
    public OrderClearing clearing() { return clearing; }

    /** Returns the order. */
    public Order build() {
        return new Order(orderId, clientId, permId, parentId, parentPermId, action, totalQuantity, cashQuantity,
                filledQuantity, orderType, limitPrice, auxPrice, timeInForce, account, orderRef, transmit, outsideRth,
                whatIf, oca, timing, handling, offsets, conditions, algo, clearing, allocation, volatility, scale, hedge,
                benchmarkPeg, adjustedStop, smartComboRoutingParams, miscOptions);
    }
}
