package io.tws4j.simulator.orders;

import io.tws4j.connection.TwsTimeZones;
import io.tws4j.orders.Action;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.OrderTimes;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.OrdersProto.ExecutionRequest;
import io.tws4j.simulator.core.RequestFields;
import io.tws4j.simulator.core.RequestRejected;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads a REQ_EXECUTIONS filter the way TWS reads it, field by field, before any of it is used:
 * a time that is not one of TWS's two time forms, a zone TWS does not know, a specific date that
 * is not a date, a negative day count or a side other than BUY or SELL is answered with the
 * validation error 321 on the request id, never taken for "no filter".
 *
 * <p>Inferred: TWS's texts for these refusals are not on record; the time's follows the wording
 * TWS uses for every other time it cannot read.
 */
final class ExecutionFilters {
    private static final String REQUEST = "REQ_EXECUTIONS";

    private ExecutionFilters() {}

    static ExecutionFilter read(ExecutionRequest request) {
        var wire = request.getExecutionFilter();
        if (wire.hasTime() && !wire.getTime().isBlank()) {
            checkTime(wire.getTime());
        }
        for (int day : wire.getSpecificDatesList()) {
            RequestFields.date(REQUEST, "specificDates", day);
        }
        if (wire.getLastNDays() < 0) {
            throw RequestRejected.invalid(REQUEST, "lastNDays must not be negative, not " + wire.getLastNDays());
        }
        if (!wire.getSide().isBlank()) {
            Action side = Action.of(wire.getSide());
            if (side != Action.BUY && side != Action.SELL) {
                throw RequestRejected.invalid(REQUEST, "Invalid side '" + RequestRejected.shortened(wire.getSide())
                        + "'. Legal ones are BUY and SELL");
            }
        }
        return OrdersCodec.executionFilter(request);
    }

    private static void checkTime(String time) {
        try {
            OrderTimes.parse(time, ZoneOffset.UTC, name -> TwsTimeZones.resolve(name).orElseThrow(() -> badTime(time)));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            throw badTime(time);
        }
    }

    private static RequestRejected badTime(String time) {
        return RequestRejected.invalid(REQUEST, "Time: the date, time, or time-zone entered is invalid: '"
                + RequestRejected.shortened(time) + "'. The correct format is yyyymmdd hh:mm:ss xx/xxxx, or"
                + " yyyymmdd-hh:mm:ss in UTC");
    }
}
