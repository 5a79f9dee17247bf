package io.tws4j.marketdata;

/**
 * The tick types of TWS market data, numbered as on the wire (field {@code tickType} of the tick
 * messages). {@link #NOT_SET} (111) stands for any id this version of tws4j does not know.
 */
public enum TickType {
    BID_SIZE(0),
    BID(1),
    ASK(2),
    ASK_SIZE(3),
    LAST(4),
    LAST_SIZE(5),
    HIGH(6),
    LOW(7),
    VOLUME(8),
    CLOSE(9),
    BID_OPTION_COMPUTATION(10),
    ASK_OPTION_COMPUTATION(11),
    LAST_OPTION_COMPUTATION(12),
    MODEL_OPTION(13),
    OPEN(14),
    LOW_13_WEEK(15),
    HIGH_13_WEEK(16),
    LOW_26_WEEK(17),
    HIGH_26_WEEK(18),
    LOW_52_WEEK(19),
    HIGH_52_WEEK(20),
    AVG_VOLUME(21),
    OPEN_INTEREST(22),
    OPTION_HISTORICAL_VOL(23),
    OPTION_IMPLIED_VOL(24),
    OPTION_BID_EXCH(25),
    OPTION_ASK_EXCH(26),
    OPTION_CALL_OPEN_INTEREST(27),
    OPTION_PUT_OPEN_INTEREST(28),
    OPTION_CALL_VOLUME(29),
    OPTION_PUT_VOLUME(30),
    INDEX_FUTURE_PREMIUM(31),
    BID_EXCH(32),
    ASK_EXCH(33),
    AUCTION_VOLUME(34),
    AUCTION_PRICE(35),
    AUCTION_IMBALANCE(36),
    MARK_PRICE(37),
    BID_EFP_COMPUTATION(38),
    ASK_EFP_COMPUTATION(39),
    LAST_EFP_COMPUTATION(40),
    OPEN_EFP_COMPUTATION(41),
    HIGH_EFP_COMPUTATION(42),
    LOW_EFP_COMPUTATION(43),
    CLOSE_EFP_COMPUTATION(44),
    LAST_TIMESTAMP(45),
    SHORTABLE(46),
    FUNDAMENTAL_RATIOS(47),
    RT_VOLUME(48),
    HALTED(49),
    BID_YIELD(50),
    ASK_YIELD(51),
    LAST_YIELD(52),
    CUST_OPTION_COMPUTATION(53),
    TRADE_COUNT(54),
    TRADE_RATE(55),
    VOLUME_RATE(56),
    LAST_RTH_TRADE(57),
    RT_HISTORICAL_VOL(58),
    IB_DIVIDENDS(59),
    BOND_FACTOR_MULTIPLIER(60),
    REGULATORY_IMBALANCE(61),
    NEWS_TICK(62),
    SHORT_TERM_VOLUME_3_MIN(63),
    SHORT_TERM_VOLUME_5_MIN(64),
    SHORT_TERM_VOLUME_10_MIN(65),
    DELAYED_BID(66),
    DELAYED_ASK(67),
    DELAYED_LAST(68),
    DELAYED_BID_SIZE(69),
    DELAYED_ASK_SIZE(70),
    DELAYED_LAST_SIZE(71),
    DELAYED_HIGH(72),
    DELAYED_LOW(73),
    DELAYED_VOLUME(74),
    DELAYED_CLOSE(75),
    DELAYED_OPEN(76),
    RT_TRD_VOLUME(77),
    CREDITMAN_MARK_PRICE(78),
    CREDITMAN_SLOW_MARK_PRICE(79),
    DELAYED_BID_OPTION_COMPUTATION(80),
    DELAYED_ASK_OPTION_COMPUTATION(81),
    DELAYED_LAST_OPTION_COMPUTATION(82),
    DELAYED_MODEL_OPTION_COMPUTATION(83),
    LAST_EXCH(84),
    LAST_REG_TIME(85),
    FUTURES_OPEN_INTEREST(86),
    AVG_OPT_VOLUME(87),
    DELAYED_LAST_TIMESTAMP(88),
    SHORTABLE_SHARES(89),
    DELAYED_HALTED(90),
    REUTERS_2_MUTUAL_FUNDS(91),
    ETF_NAV_CLOSE(92),
    ETF_NAV_PRIOR_CLOSE(93),
    ETF_NAV_BID(94),
    ETF_NAV_ASK(95),
    ETF_NAV_LAST(96),
    ETF_FROZEN_NAV_LAST(97),
    ETF_NAV_HIGH(98),
    ETF_NAV_LOW(99),
    SOCIAL_MARKET_ANALYTICS(100),
    ESTIMATED_IPO_MIDPOINT(101),
    FINAL_IPO_LAST(102),
    DELAYED_YIELD_BID(103),
    DELAYED_YIELD_ASK(104),
    ODD_LOT_BID(105),
    ODD_LOT_ASK(106),
    ODD_LOT_BID_SIZE(107),
    ODD_LOT_ASK_SIZE(108),
    ODD_LOT_BID_EXCH(109),
    ODD_LOT_ASK_EXCH(110),
    NOT_SET(111);

    private static final TickType[] BY_ID = values();
    private static final TickType[] LIVE = new TickType[BY_ID.length];
    private static final TickType[] DELAYED = new TickType[BY_ID.length];
    private static final TickType[] SIZE = new TickType[BY_ID.length];

    static {
        for (TickType type : BY_ID) {
            LIVE[type.id] = type;
            DELAYED[type.id] = type;
            SIZE[type.id] = NOT_SET;
        }
        pairDelayed(BID, DELAYED_BID);
        pairDelayed(ASK, DELAYED_ASK);
        pairDelayed(LAST, DELAYED_LAST);
        pairDelayed(BID_SIZE, DELAYED_BID_SIZE);
        pairDelayed(ASK_SIZE, DELAYED_ASK_SIZE);
        pairDelayed(LAST_SIZE, DELAYED_LAST_SIZE);
        pairDelayed(HIGH, DELAYED_HIGH);
        pairDelayed(LOW, DELAYED_LOW);
        pairDelayed(VOLUME, DELAYED_VOLUME);
        pairDelayed(CLOSE, DELAYED_CLOSE);
        pairDelayed(OPEN, DELAYED_OPEN);
        pairDelayed(BID_OPTION_COMPUTATION, DELAYED_BID_OPTION_COMPUTATION);
        pairDelayed(ASK_OPTION_COMPUTATION, DELAYED_ASK_OPTION_COMPUTATION);
        pairDelayed(LAST_OPTION_COMPUTATION, DELAYED_LAST_OPTION_COMPUTATION);
        pairDelayed(MODEL_OPTION, DELAYED_MODEL_OPTION_COMPUTATION);
        pairDelayed(LAST_TIMESTAMP, DELAYED_LAST_TIMESTAMP);
        pairDelayed(HALTED, DELAYED_HALTED);
        pairDelayed(BID_YIELD, DELAYED_YIELD_BID);
        pairDelayed(ASK_YIELD, DELAYED_YIELD_ASK);
        SIZE[BID.id] = BID_SIZE;
        SIZE[ASK.id] = ASK_SIZE;
        SIZE[LAST.id] = LAST_SIZE;
        SIZE[DELAYED_BID.id] = DELAYED_BID_SIZE;
        SIZE[DELAYED_ASK.id] = DELAYED_ASK_SIZE;
        SIZE[DELAYED_LAST.id] = DELAYED_LAST_SIZE;
        SIZE[ODD_LOT_BID.id] = ODD_LOT_BID_SIZE;
        SIZE[ODD_LOT_ASK.id] = ODD_LOT_ASK_SIZE;
    }

    private final int id;

    TickType(int id) {
        this.id = id;
    }

    private static void pairDelayed(TickType live, TickType delayed) {
        LIVE[delayed.id] = live;
        DELAYED[live.id] = delayed;
    }

    /** Returns the id as it travels. */
    public int id() {
        return id;
    }

    /** Returns the tick type with this id, or {@link #NOT_SET} for an id this enum does not know. */
    public static TickType of(int id) {
        return id >= 0 && id < BY_ID.length ? BY_ID[id] : NOT_SET;
    }

    /** Returns whether this is one of the delayed-data tick types (66 to 76, 80 to 83, 88, 90, 103, 104). */
    public boolean isDelayed() {
        return LIVE[id] != this;
    }

    /** Returns the real-time type a delayed type stands for ({@code DELAYED_BID} gives {@code BID}); other types give themselves. */
    public TickType live() {
        return LIVE[id];
    }

    /** Returns the delayed variant of a real-time type ({@code BID} gives {@code DELAYED_BID}), or this type if it has none. */
    public TickType delayed() {
        return DELAYED[id];
    }

    /**
     * Returns the size type that goes with a price type ({@code BID} gives {@code BID_SIZE}, and
     * likewise for ask, last, their delayed and odd-lot variants), or {@link #NOT_SET}.
     */
    public TickType sizeType() {
        return SIZE[id];
    }
}
