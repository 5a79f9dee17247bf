package io.tws4j.orders.codec;

import static io.tws4j.orders.codec.Fields.decimal;
import static io.tws4j.orders.codec.Fields.flag;
import static io.tws4j.orders.codec.Fields.number;
import static io.tws4j.orders.codec.Fields.text;

import io.tws4j.connection.TwsTimeZones;
import io.tws4j.orders.Action;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.Execution;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.OrderTimes;
import io.tws4j.protocol.proto.OrdersProto;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Executions, commission reports and execution filters on the wire. Execution times are written
 * in TWS's UTC form and read in either of its forms; a time without a zone is read as UTC.
 */
final class ExecutionCodec {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private ExecutionCodec() {}

    static OrdersProto.Execution encode(Execution e) {
        OrdersProto.Execution.Builder w = OrdersProto.Execution.newBuilder().setOrderId(e.orderId());
        text(e.execId(), w::setExecId);
        w.setTime(OrderTimes.format(e.time()));
        text(e.account(), w::setAcctNumber);
        text(e.exchange(), w::setExchange);
        text(e.side(), w::setSide);
        decimal(e.shares(), w::setShares);
        w.setPrice(e.price());
        if (e.permId() != 0) {
            w.setPermId(e.permId());
        }
        w.setClientId(e.clientId());
        flag(e.liquidation(), w::setIsLiquidation);
        decimal(e.cumulativeQuantity(), w::setCumQty);
        w.setAvgPrice(e.averagePrice());
        text(e.orderRef(), w::setOrderRef);
        text(e.economicValueRule(), w::setEvRule);
        number(e.economicValueMultiplier(), w::setEvMultiplier);
        text(e.modelCode(), w::setModelCode);
        number(e.lastLiquidity(), w::setLastLiquidity);
        flag(e.priceRevisionPending(), w::setIsPriceRevisionPending);
        text(e.submitter(), w::setSubmitter);
        number(e.optionExerciseOrLapseType(), w::setOptExerciseOrLapseType);
        return w.build();
    }

    static Execution decode(OrdersProto.Execution w) {
        return new Execution(w.getOrderId(), w.getExecId(), time(w.getTime()), w.getAcctNumber(), w.getExchange(),
                w.getSide(), decimal(w.getShares()), w.getPrice(), w.getPermId(), w.getClientId(), w.getIsLiquidation(),
                decimal(w.getCumQty()), w.getAvgPrice(), w.getOrderRef(), w.getEvRule(), w.getEvMultiplier(),
                w.getModelCode(), w.getLastLiquidity(), w.getIsPriceRevisionPending(), w.getSubmitter(),
                w.getOptExerciseOrLapseType());
    }

    /** Reads an execution time; one TWS wrote in a form tws4j cannot read becomes the epoch, not an error. */
    static Instant time(String text) {
        if (text.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return OrderTimes.parse(text.replace("  ", " "), ZoneOffset.UTC,
                    name -> TwsTimeZones.resolve(name).orElse(ZoneOffset.UTC));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Instant.EPOCH;
        }
    }

    static OrdersProto.CommissionAndFeesReport encode(CommissionReport r) {
        OrdersProto.CommissionAndFeesReport.Builder w = OrdersProto.CommissionAndFeesReport.newBuilder()
                .setExecId(r.execId()).setCommissionAndFees(r.commission());
        text(r.currency(), w::setCurrency);
        if (!Double.isNaN(r.realizedPnl())) {
            w.setRealizedPnl(r.realizedPnl());
        }
        if (!Double.isNaN(r.bondYield())) {
            w.setBondYield(r.bondYield());
        }
        text(r.yieldRedemptionDate(), w::setYieldRedemptionDate);
        return w.build();
    }

    static CommissionReport decode(OrdersProto.CommissionAndFeesReport w) {
        return new CommissionReport(w.getExecId(), w.getCommissionAndFees(), w.getCurrency(),
                Fields.orNaN(w.hasRealizedPnl(), w.getRealizedPnl()), Fields.orNaN(w.hasBondYield(), w.getBondYield()),
                w.getYieldRedemptionDate());
    }

    static OrdersProto.ExecutionFilter encode(ExecutionFilter f) {
        OrdersProto.ExecutionFilter.Builder w = OrdersProto.ExecutionFilter.newBuilder().setClientId(f.clientId());
        text(f.account(), w::setAcctCode);
        f.since().ifPresent(since -> w.setTime(OrderTimes.format(since)));
        text(f.symbol(), w::setSymbol);
        text(f.secType(), w::setSecType);
        text(f.exchange(), w::setExchange);
        if (f.side() == Action.BUY || f.side() == Action.SELL) {
            w.setSide(f.side().wireValue());
        }
        number(f.lastDays(), w::setLastNDays);
        f.specificDates().forEach(day -> w.addSpecificDates(Integer.parseInt(DAY.format(day))));
        return w.build();
    }

    static ExecutionFilter decode(OrdersProto.ExecutionFilter w) {
        ExecutionFilter.Builder filter = ExecutionFilter.builder().clientId(w.getClientId()).account(w.getAcctCode())
                .symbol(w.getSymbol()).secType(w.getSecType()).exchange(w.getExchange())
                .side(Action.of(w.getSide())).lastDays(w.getLastNDays())
                .specificDates(w.getSpecificDatesList().stream()
                        .map(day -> LocalDate.parse(String.format("%08d", day), DAY)).toList());
        if (w.hasTime() && !w.getTime().isBlank()) {
            filter.since(time(w.getTime()));
        }
        return filter.build();
    }
}
