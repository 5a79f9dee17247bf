package io.tws4j.orders.codec;

import static io.tws4j.orders.codec.Fields.decimal;
import static io.tws4j.orders.codec.Fields.flag;
import static io.tws4j.orders.codec.Fields.optional;
import static io.tws4j.orders.codec.Fields.text;

import io.tws4j.orders.MarginImpact;
import io.tws4j.orders.OrderAllocation;
import io.tws4j.orders.OrderState;
import io.tws4j.orders.OrderStatus;
import io.tws4j.protocol.proto.OrdersProto;
import java.util.Optional;

/**
 * An order's state on the wire. TWS leaves the margin and commission values unset outside
 * what-if answers, or sends IB's unset marker ({@code Double.MAX_VALUE}); both read as absent.
 */
final class StateCodec {

    private StateCodec() {}

    static OrdersProto.OrderState encode(OrderState state) {
        OrdersProto.OrderState.Builder w = OrdersProto.OrderState.newBuilder();
        text(state.statusText().isEmpty() ? state.status().wireValue() : state.statusText(), w::setStatus);
        state.margin().ifPresent(m -> w.setInitMarginBefore(m.initialBefore()).setMaintMarginBefore(m.maintenanceBefore())
                .setEquityWithLoanBefore(m.equityWithLoanBefore()).setInitMarginChange(m.initialChange())
                .setMaintMarginChange(m.maintenanceChange()).setEquityWithLoanChange(m.equityWithLoanChange())
                .setInitMarginAfter(m.initialAfter()).setMaintMarginAfter(m.maintenanceAfter())
                .setEquityWithLoanAfter(m.equityWithLoanAfter()));
        state.marginOutsideRth().ifPresent(m -> w.setInitMarginBeforeOutsideRth(m.initialBefore())
                .setMaintMarginBeforeOutsideRth(m.maintenanceBefore())
                .setEquityWithLoanBeforeOutsideRth(m.equityWithLoanBefore())
                .setInitMarginChangeOutsideRth(m.initialChange()).setMaintMarginChangeOutsideRth(m.maintenanceChange())
                .setEquityWithLoanChangeOutsideRth(m.equityWithLoanChange())
                .setInitMarginAfterOutsideRth(m.initialAfter()).setMaintMarginAfterOutsideRth(m.maintenanceAfter())
                .setEquityWithLoanAfterOutsideRth(m.equityWithLoanAfter()));
        optional(state.commission(), w::setCommissionAndFees);
        optional(state.minCommission(), w::setMinCommissionAndFees);
        optional(state.maxCommission(), w::setMaxCommissionAndFees);
        text(state.commissionCurrency(), w::setCommissionAndFeesCurrency);
        text(state.marginCurrency(), w::setMarginCurrency);
        decimal(state.suggestedSize(), w::setSuggestedSize);
        text(state.rejectReason(), w::setRejectReason);
        state.allocations().forEach(a -> w.addOrderAllocations(allocation(a)));
        text(state.warningText(), w::setWarningText);
        text(state.completedTime(), w::setCompletedTime);
        text(state.completedStatus(), w::setCompletedStatus);
        return w.build();
    }

    static OrderState decode(OrdersProto.OrderState w) {
        return new OrderState(OrderStatus.of(w.getStatus()), w.getStatus(), margin(w), marginOutsideRth(w),
                Fields.optionalDouble(w.hasCommissionAndFees(), w.getCommissionAndFees()),
                Fields.optionalDouble(w.hasMinCommissionAndFees(), w.getMinCommissionAndFees()),
                Fields.optionalDouble(w.hasMaxCommissionAndFees(), w.getMaxCommissionAndFees()),
                w.getCommissionAndFeesCurrency(), w.getMarginCurrency(), decimal(w.getSuggestedSize()), w.getRejectReason(),
                w.getOrderAllocationsList().stream().map(StateCodec::allocation).toList(), w.getWarningText(),
                w.getCompletedTime(), w.getCompletedStatus());
    }

    private static Optional<MarginImpact> margin(OrdersProto.OrderState w) {
        if (!usable(w.hasInitMarginBefore(), w.getInitMarginBefore()) && !usable(w.hasInitMarginAfter(), w.getInitMarginAfter())) {
            return Optional.empty();
        }
        return Optional.of(new MarginImpact(w.getInitMarginBefore(), w.getMaintMarginBefore(), w.getEquityWithLoanBefore(),
                w.getInitMarginChange(), w.getMaintMarginChange(), w.getEquityWithLoanChange(), w.getInitMarginAfter(),
                w.getMaintMarginAfter(), w.getEquityWithLoanAfter()));
    }

    private static Optional<MarginImpact> marginOutsideRth(OrdersProto.OrderState w) {
        if (!usable(w.hasInitMarginBeforeOutsideRth(), w.getInitMarginBeforeOutsideRth())
                && !usable(w.hasInitMarginAfterOutsideRth(), w.getInitMarginAfterOutsideRth())) {
            return Optional.empty();
        }
        return Optional.of(new MarginImpact(w.getInitMarginBeforeOutsideRth(), w.getMaintMarginBeforeOutsideRth(),
                w.getEquityWithLoanBeforeOutsideRth(), w.getInitMarginChangeOutsideRth(), w.getMaintMarginChangeOutsideRth(),
                w.getEquityWithLoanChangeOutsideRth(), w.getInitMarginAfterOutsideRth(), w.getMaintMarginAfterOutsideRth(),
                w.getEquityWithLoanAfterOutsideRth()));
    }

    private static boolean usable(boolean present, double value) {
        return present && value != Fields.UNSET_DOUBLE;
    }

    private static OrdersProto.OrderAllocation allocation(OrderAllocation a) {
        OrdersProto.OrderAllocation.Builder w = OrdersProto.OrderAllocation.newBuilder();
        text(a.account(), w::setAccount);
        decimal(a.position(), w::setPosition);
        decimal(a.positionDesired(), w::setPositionDesired);
        decimal(a.positionAfter(), w::setPositionAfter);
        decimal(a.desiredAllocQty(), w::setDesiredAllocQty);
        decimal(a.allowedAllocQty(), w::setAllowedAllocQty);
        flag(a.monetary(), w::setIsMonetary);
        return w.build();
    }

    private static OrderAllocation allocation(OrdersProto.OrderAllocation w) {
        return new OrderAllocation(w.getAccount(), decimal(w.getPosition()), decimal(w.getPositionDesired()),
                decimal(w.getPositionAfter()), decimal(w.getDesiredAllocQty()), decimal(w.getAllowedAllocQty()),
                w.getIsMonetary());
    }
}
