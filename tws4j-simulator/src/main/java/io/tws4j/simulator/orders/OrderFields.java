package io.tws4j.simulator.orders;

import io.tws4j.orders.Action;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.TimeInForce;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.simulator.core.RequestFields;
import io.tws4j.simulator.core.RequestRejected;

/**
 * Reads the fields of a PLACE_ORDER's order that TWS parses before it looks at the order: the
 * decimal quantities (320 if one is not a number, as TWS answers a number it cannot read) and
 * the action and time in force, which must be words TWS knows.
 *
 * <p>Inferred: an action or time in force TWS does not know is a validation error 321 on the
 * order id; TWS's wording for it is not on record.
 */
final class OrderFields {
    private static final String REQUEST = "PLACE_ORDER";

    private OrderFields() {}

    /**
     * Reads an EXERCISE_OPTIONS action: 1 exercises, 2 lets lapse. Inferred: any other value is a
     * validation error 321 on the order id (TWS's wording is not on record).
     */
    static ExerciseAction exerciseAction(int value) {
        if (value != 1 && value != 2) {
            throw RequestRejected.invalid("EXERCISE_OPTIONS", "exerciseAction must be 1 (exercise) or 2 (lapse), not " + value);
        }
        return ExerciseAction.of(value);
    }

    /** Throws {@link RequestRejected} for the first field TWS could not read. */
    static void check(OrdersProto.Order order) {
        RequestFields.decimal("totalQuantity", order.getTotalQuantity());
        RequestFields.decimal("filledQuantity", order.getFilledQuantity());
        Action action = Action.of(order.getAction());
        if (action == Action.UNSET || action == Action.UNKNOWN) {
            throw RequestRejected.invalid(REQUEST, "Invalid action '" + RequestRejected.shortened(order.getAction())
                    + "'. Legal ones are BUY, SELL, SSHORT and SLONG");
        }
        if (TimeInForce.of(order.getTif()) == TimeInForce.UNKNOWN) {
            throw RequestRejected.invalid(REQUEST, "Invalid time in force '" + RequestRejected.shortened(order.getTif()) + "'");
        }
    }
}
