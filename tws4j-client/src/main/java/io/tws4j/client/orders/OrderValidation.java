package io.tws4j.client.orders;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;

/**
 * The checks an order passes before any byte of it leaves the process, each failing with an
 * {@link InvalidRequestException} that says what to change: a side and a positive quantity, the
 * prices the order type needs (positive, except for combos, which may trade at zero or below), a
 * time in force that fits the order type, and sizes that fit the quantity.
 */
final class OrderValidation {

    private OrderValidation() {}

    /**
     * Checks an order for a contract.
     *
     * @throws InvalidRequestException naming the first problem found
     */
    static void check(Contract contract, Order order) {
        side(order);
        quantity(order);
        prices(contract, order);
        timeInForce(order);
        sizes(order);
        if (order.whatIf() && !order.transmit()) {
            throw invalid("a what-if order must be transmitted: TWS answers only transmitted what-if orders");
        }
    }

    private static void side(Order order) {
        if (order.action() == Action.UNSET || order.action() == Action.UNKNOWN) {
            throw invalid("the order has no side: call buy(...) or sell(...), or set an action");
        }
    }

    private static void quantity(Order order) {
        if (order.totalQuantity().signum() < 0) {
            throw invalid("the quantity must be positive, not " + order.totalQuantity().toPlainString());
        }
        if (order.totalQuantity().signum() == 0 && order.cashQuantity() <= 0) {
            throw invalid("the quantity must be positive (or a cash quantity given), not 0");
        }
    }

    private static void prices(Contract contract, Order order) {
        OrderType type = order.orderType();
        if (type == OrderType.UNSET || type == OrderType.UNKNOWN) {
            throw invalid("the order has no order type: choose one, e.g. market() or limit(price)");
        }
        boolean combo = contract.isCombo();
        if (type.limitPrice() == OrderType.Price.REQUIRED && !combo && !(order.limitPrice() > 0)) {
            throw invalid(type.wireValue() + " orders need a positive limit price, not " + order.limitPrice());
        }
        if (type.auxPrice() == OrderType.Price.REQUIRED && !combo && !(order.auxPrice() > 0)) {
            throw invalid(type.wireValue() + " orders need a positive " + auxName(type) + ", not " + order.auxPrice());
        }
        if (!combo && (order.limitPrice() < 0 || order.auxPrice() < 0)) {
            throw invalid("prices must not be negative (only combos may trade below zero): limit " + order.limitPrice()
                    + ", aux " + order.auxPrice());
        }
        if (type.isTrailing()) {
            trailing(order);
        }
        if (type == OrderType.VOLATILITY && !(order.volatility().volatility() > 0)) {
            throw invalid("VOL orders need a positive volatility");
        }
    }

    private static void trailing(Order order) {
        double percent = order.offsets().trailingPercent();
        if (order.auxPrice() <= 0 && percent <= 0) {
            throw invalid(order.orderType().wireValue() + " orders need a trailing amount or a trailing percentage");
        }
        if (percent < 0 || percent >= 100) {
            throw invalid("the trailing percentage must be between 0 and 100, not " + percent);
        }
        if (order.orderType() == OrderType.TRAILING_STOP_LIMIT && order.offsets().limitPriceOffset() == 0
                && !(order.limitPrice() > 0)) {
            throw invalid("TRAIL LIMIT orders need a limit offset or a limit price");
        }
    }

    private static String auxName(OrderType type) {
        return switch (type) {
            case MARKET_IF_TOUCHED, LIMIT_IF_TOUCHED -> "trigger price";
            default -> "stop price";
        };
    }

    private static void timeInForce(Order order) {
        TimeInForce tif = order.timeInForce();
        OrderType type = order.orderType();
        boolean onClose = type == OrderType.MARKET_ON_CLOSE || type == OrderType.LIMIT_ON_CLOSE;
        if (tif == TimeInForce.UNKNOWN) {
            throw invalid("the time in force is one tws4j does not know; choose one of TimeInForce's values");
        }
        if (onClose && tif != TimeInForce.DAY && tif != TimeInForce.UNSET) {
            throw invalid(type.wireValue() + " orders work for the day only, not " + tif.wireValue());
        }
        if (tif == TimeInForce.OPENING && type != OrderType.MARKET && type != OrderType.LIMIT) {
            throw invalid("only market and limit orders can be at the opening (OPG), not " + type.wireValue());
        }
        if (tif == TimeInForce.AUCTION && type != OrderType.MARKET_TO_LIMIT && type != OrderType.LIMIT) {
            throw invalid("at-auction orders are market-to-limit or limit orders, not " + type.wireValue());
        }
        boolean immediate = tif == TimeInForce.IMMEDIATE_OR_CANCEL || tif == TimeInForce.FILL_OR_KILL;
        if (immediate && (onClose || type.isTrailing())) {
            throw invalid(tif.wireValue() + " contradicts a " + type.wireValue() + " order, which waits for its moment");
        }
        boolean hasDate = !order.timing().goodTillDate().isBlank();
        if (tif == TimeInForce.GOOD_TILL_DATE && !hasDate) {
            throw invalid("a GTD order needs its good-till date");
        }
        if (hasDate && tif != TimeInForce.GOOD_TILL_DATE) {
            throw invalid("a good-till date contradicts the time in force " + tif.wireValue() + "; use GTD");
        }
    }

    private static void sizes(Order order) {
        int display = order.handling().displaySize();
        int minQty = order.handling().minQty();
        double quantity = order.totalQuantity().doubleValue();
        if (display < 0 || minQty < 0) {
            throw invalid("display size and minimum quantity must not be negative");
        }
        if (quantity > 0 && display > quantity) {
            throw invalid("the display size (" + display + ") exceeds the quantity (" + order.totalQuantity().toPlainString() + ")");
        }
        if (quantity > 0 && minQty > quantity) {
            throw invalid("the minimum quantity (" + minQty + ") exceeds the quantity (" + order.totalQuantity().toPlainString() + ")");
        }
    }

    static InvalidRequestException invalid(String message) {
        return new InvalidRequestException(message);
    }
}
