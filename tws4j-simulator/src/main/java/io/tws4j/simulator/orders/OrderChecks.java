package io.tws4j.simulator.orders;

import io.tws4j.contracts.Contract;
import io.tws4j.contracts.MarketRule;
import io.tws4j.contracts.SecurityType;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.simulator.contracts.Instrument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The checks TWS makes before it accepts an order, each with TWS's error code and text
 * (IB's message-code table, ibkrcampus "Error Handling"): no security definition (200), an
 * expired contract (392), a zero size (434), an order type the contract's exchange does not take
 * (387), a price off the contract's tick grid (110), a time in force the type does not allow
 * (111, 113), a good-till-date order without its date (334), a what-if order that would not be
 * transmitted (413).
 *
 * <p>Inferred: a price an order type needs that is not positive is rejected with 201 and a
 * reason, as IB's servers reject orders TWS passes on; TWS's own text for it is not documented.
 */
final class OrderChecks {
    static final int NO_SECURITY_DEFINITION = 200;
    static final int ORDER_REJECTED = 201;
    static final int INVALID_PRICE_INCREMENT = 110;
    static final int TIF_AND_TYPE_INCOMPATIBLE = 111;
    static final int TIF_MUST_BE_DAY = 113;
    static final int INVALID_GOOD_TILL_DATE = 334;
    static final int UNSUPPORTED_ORDER_TYPE = 387;
    static final int CONTRACT_EXPIRED = 392;
    static final int WHAT_IF_NOT_TRANSMITTED = 413;
    static final int SIZE_ZERO = 434;

    private OrderChecks() {}

    /** Returns the one instrument an order's contract describes, or why there is none. */
    static Rejection contract(Contract wanted, List<Instrument> matches) {
        if (matches.isEmpty()) {
            return Rejection.of(NO_SECURITY_DEFINITION, "No security definition has been found for the request");
        }
        if (matches.size() > 1) {
            return Rejection.of(NO_SECURITY_DEFINITION, "The contract description specified for " + wanted.symbol()
                    + " is ambiguous.");
        }
        return null;
    }

    /** Returns why TWS would refuse the order for this instrument on {@code today}, if it would. */
    static Optional<Rejection> order(Order order, Instrument instrument, LocalDate today) {
        if (instrument.isExpired(today)) {
            return Optional.of(Rejection.of(CONTRACT_EXPIRED, "Invalid order: contract expired."));
        }
        if (order.totalQuantity().signum() <= 0 && order.cashQuantity() <= 0) {
            return Optional.of(Rejection.of(SIZE_ZERO, "The order size cannot be zero."));
        }
        if (order.whatIf() && !order.transmit()) {
            return Optional.of(Rejection.of(WHAT_IF_NOT_TRANSMITTED, "What-if order should have the transmit flag set to true."));
        }
        return supported(order, instrument)
                .or(() -> timeInForce(order))
                .or(() -> prices(order, instrument));
    }

    private static Optional<Rejection> supported(Order order, Instrument instrument) {
        OrderType type = order.orderType();
        SecurityType secType = instrument.securityType();
        boolean accepted = OrderKinds.listedCode(type)
                .map(code -> instrument.details().orderTypes().contains(code))
                .orElseGet(() -> OrderKinds.acceptedBySecurityType(type, secType));
        if (order.timeInForce() == TimeInForce.OPENING && !instrument.details().orderTypes().contains("OPG")) {
            accepted = false;
        }
        if (accepted) {
            return Optional.empty();
        }
        return Optional.of(Rejection.of(UNSUPPORTED_ORDER_TYPE, "Unsupported order type for this exchange and security type."));
    }

    private static Optional<Rejection> timeInForce(Order order) {
        TimeInForce tif = order.timeInForce();
        OrderType type = order.orderType();
        if (OrderKinds.isOnClose(order) && tif != TimeInForce.DAY && tif != TimeInForce.UNSET) {
            return Optional.of(Rejection.of(TIF_MUST_BE_DAY, "The Tif option should be set to DAY for MOC and LOC orders."));
        }
        boolean incompatible = switch (tif) {
            case OPENING -> type != OrderType.MARKET && type != OrderType.LIMIT;
            case AUCTION -> type != OrderType.MARKET_TO_LIMIT && type != OrderType.LIMIT;
            case IMMEDIATE_OR_CANCEL, FILL_OR_KILL -> OrderKinds.isAuction(order) || order.orderType().isTrailing();
            default -> false;
        };
        if (incompatible) {
            return Optional.of(Rejection.of(TIF_AND_TYPE_INCOMPATIBLE, "The TIF (" + tif.wireValue()
                    + ") and the order type are incompatible."));
        }
        if (tif == TimeInForce.GOOD_TILL_DATE && order.timing().goodTillDate().isBlank()) {
            return Optional.of(Rejection.of(INVALID_GOOD_TILL_DATE, "Invalid Good Till Date order"));
        }
        return Optional.empty();
    }

    private static Optional<Rejection> prices(Order order, Instrument instrument) {
        OrderType type = order.orderType();
        boolean combo = instrument.contract().isCombo();
        if (!combo && type.limitPrice() == OrderType.Price.REQUIRED && order.limitPrice() <= 0) {
            return Optional.of(Rejection.of(ORDER_REJECTED, "Order rejected - reason:The limit price must be positive"));
        }
        if (!combo && type.auxPrice() == OrderType.Price.REQUIRED && order.auxPrice() <= 0) {
            return Optional.of(Rejection.of(ORDER_REJECTED, "Order rejected - reason:The stop or trigger price must be positive"));
        }
        MarketRule rule = instrument.profile().priceRule();
        boolean limitOffGrid = type.limitPrice() != OrderType.Price.NONE && order.limitPrice() != 0
                && !onGrid(order.limitPrice(), rule);
        boolean auxOffGrid = type.auxPrice() == OrderType.Price.REQUIRED && !onGrid(order.auxPrice(), rule);
        if (limitOffGrid || auxOffGrid) {
            return Optional.of(Rejection.of(INVALID_PRICE_INCREMENT,
                    "The price does not conform to the minimum price variation for this contract."));
        }
        return Optional.empty();
    }

    /** Returns whether a price is a whole number of the increments the market rule allows at that price. */
    static boolean onGrid(double price, MarketRule rule) {
        double increment = rule.incrementAt(Math.abs(price));
        double steps = Math.abs(price) / increment;
        return Math.abs(steps - Math.rint(steps)) < 1e-6;
    }
}
