package io.tws4j.simulator.orders;

import io.tws4j.contracts.Contract;
import io.tws4j.orders.MarginImpact;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderState;
import io.tws4j.orders.OrderStatus;
import io.tws4j.simulator.accounts.AccountBook;
import io.tws4j.simulator.accounts.MarginChange;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.market.Rounding;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The answer to a what-if order: an open order whose state carries the margin before, the
 * change and after, and the estimated commission, without placing anything. The commission is
 * the schedule's at the order's limit price (the mark for market orders); the equity with loan
 * value changes by it.
 *
 * <p>Inferred: TWS's status in a what-if answer is PreSubmitted, and it sends no order status.
 */
final class WhatIf {

    private WhatIf() {}

    static OpenOrder answer(int orderId, int clientId, Contract contract, Order order, Instrument instrument, String account,
                            AccountBook accounts, Instant now) {
        double price = order.limitPrice() > 0 ? order.limitPrice() : accounts.marks().price(instrument, now);
        BigDecimal quantity = order.totalQuantity();
        MarginChange change = accounts.marginAfter(account, instrument, order.action().isBuy() ? quantity : quantity.negate(), price);
        double commission = Rounding.money(Commissions.cumulative(contract, quantity, price));
        MarginImpact impact = new MarginImpact(Rounding.money(change.initialBefore()), Rounding.money(change.maintenanceBefore()),
                Rounding.money(change.equityWithLoan()), Rounding.money(change.initialAfter() - change.initialBefore()),
                Rounding.money(change.maintenanceAfter() - change.maintenanceBefore()), -commission,
                Rounding.money(change.initialAfter()), Rounding.money(change.maintenanceAfter()),
                Rounding.money(change.equityWithLoan() - commission));
        OrderState state = OrderState.of(OrderStatus.PRE_SUBMITTED)
                .withWhatIf(impact, commission, commission, commission, contract.currency());
        return new OpenOrder(orderId, contract, order.toBuilder().orderId(orderId).clientId(clientId).build(), state);
    }
}
