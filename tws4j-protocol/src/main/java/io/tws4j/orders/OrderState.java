package io.tws4j.orders;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An order's state as an open or completed order reports it, and the answer of a what-if
 * analysis: margin impact and commission. The margin and commission values are present only in
 * what-if answers (TWS leaves them unset otherwise).
 *
 * {@snippet :
 * OrderState preview = client.order(aapl).buy(100).limit(150).analyze();
 * System.out.println("commission " + preview.commission().orElse(0) + ", initial margin change "
 *         + preview.margin().map(MarginImpact::initialChange).orElse(0.0));
 * }
 *
 * @param status the status
 * @param statusText the status as TWS sent it
 * @param margin the margin impact, if TWS reported one
 * @param marginOutsideRth the margin impact outside regular hours, if reported
 * @param commission the estimated commission and fees, if reported
 * @param minCommission the least commission, if reported
 * @param maxCommission the most commission, if reported
 * @param commissionCurrency the currency of the commission
 * @param marginCurrency the currency of the margin values
 * @param suggestedSize the size TWS suggests, zero when none
 * @param rejectReason why TWS rejected the order, if it did
 * @param allocations an advisor order's allocations
 * @param warningText a warning about the order
 * @param completedTime when the order completed, as TWS's text (completed orders)
 * @param completedStatus how it completed, as TWS's text (completed orders)
 */
public record OrderState(OrderStatus status, String statusText, Optional<MarginImpact> margin,
                         Optional<MarginImpact> marginOutsideRth, OptionalDouble commission, OptionalDouble minCommission,
                         OptionalDouble maxCommission, String commissionCurrency, String marginCurrency,
                         BigDecimal suggestedSize, String rejectReason, List<OrderAllocation> allocations,
                         String warningText, String completedTime, String completedStatus) {

    public OrderState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusText, "statusText");
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(marginOutsideRth, "marginOutsideRth");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(minCommission, "minCommission");
        Objects.requireNonNull(maxCommission, "maxCommission");
        Objects.requireNonNull(commissionCurrency, "commissionCurrency");
        Objects.requireNonNull(marginCurrency, "marginCurrency");
        Objects.requireNonNull(suggestedSize, "suggestedSize");
        Objects.requireNonNull(rejectReason, "rejectReason");
        allocations = List.copyOf(allocations);
        Objects.requireNonNull(warningText, "warningText");
        Objects.requireNonNull(completedTime, "completedTime");
        Objects.requireNonNull(completedStatus, "completedStatus");
    }

    /** A state with only a status, as open orders report it. */
    public static OrderState of(OrderStatus status) {
        return new OrderState(status, status.wireValue(), Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), "", "", BigDecimal.ZERO, "", List.of(), "", "", "");
    }

    /** Returns a copy with the what-if values. */
    public OrderState withWhatIf(MarginImpact impact, double commission, double min, double max, String currency) {
        return new OrderState(status, statusText, Optional.of(impact), Optional.of(impact), OptionalDouble.of(commission),
                OptionalDouble.of(min), OptionalDouble.of(max), currency, currency, suggestedSize, rejectReason, allocations,
                warningText, completedTime, completedStatus);
    }

    /** Returns a copy describing a completed order. */
    public OrderState completed(String time, String how) {
        return new OrderState(status, statusText, margin, marginOutsideRth, commission, minCommission, maxCommission,
                commissionCurrency, marginCurrency, suggestedSize, rejectReason, allocations, warningText, time, how);
    }
}
