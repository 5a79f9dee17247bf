package io.tws4j.simulator.orders;

import io.tws4j.contracts.SecurityType;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import java.util.Optional;

/** What an order is, for matching and checking: auction orders, and the TWS code that lists each order type. */
final class OrderKinds {

    private OrderKinds() {}

    /** Executes in the closing auction: market-on-close and limit-on-close. */
    static boolean isOnClose(Order order) {
        return order.orderType() == OrderType.MARKET_ON_CLOSE || order.orderType() == OrderType.LIMIT_ON_CLOSE;
    }

    /** Executes in the opening auction: market- and limit-on-open (time in force OPG) and at-auction orders. */
    static boolean isOnOpen(Order order) {
        return order.timeInForce() == TimeInForce.OPENING || order.timeInForce() == TimeInForce.AUCTION;
    }

    static boolean isAuction(Order order) {
        return isOnClose(order) || isOnOpen(order);
    }

    /**
     * Returns the code TWS lists in a contract's order types for this order type, if it lists one;
     * empty for types TWS decides by security type instead (protection orders for futures,
     * volatility orders for options).
     */
    static Optional<String> listedCode(OrderType type) {
        return Optional.ofNullable(switch (type) {
            case MARKET -> "MKT";
            case LIMIT -> "LMT";
            case STOP -> "STP";
            case STOP_LIMIT -> "STPLMT";
            case TRAILING_STOP -> "TRAIL";
            case TRAILING_STOP_LIMIT -> "TRAILLMT";
            case MARKET_ON_CLOSE -> "MOC";
            case LIMIT_ON_CLOSE -> "LOC";
            case MARKET_IF_TOUCHED -> "MIT";
            case LIMIT_IF_TOUCHED -> "LIT";
            case MARKET_TO_LIMIT -> "MTL";
            case MIDPRICE -> "MIDPX";
            case RELATIVE, PASSIVE_RELATIVE -> "REL";
            case PEGGED_TO_MIDPOINT -> "PEGMID";
            case PEGGED_TO_BENCHMARK -> "PEGBENCH";
            case SNAP_TO_MARKET -> "SNAPMKT";
            case SNAP_TO_MIDPOINT -> "SNAPMID";
            case SNAP_TO_PRIMARY -> "SNAPREL";
            default -> null;
        });
    }

    /** Returns whether a type TWS decides by security type is accepted for one. */
    static boolean acceptedBySecurityType(OrderType type, SecurityType secType) {
        return switch (type) {
            case MARKET_WITH_PROTECTION, STOP_WITH_PROTECTION -> secType == SecurityType.FUTURE;
            case VOLATILITY, PEGGED_TO_STOCK, BOX_TOP -> secType == SecurityType.OPTION;
            case PEGGED_TO_MARKET, PEGGED_TO_BEST -> secType == SecurityType.STOCK;
            default -> false;
        };
    }
}
