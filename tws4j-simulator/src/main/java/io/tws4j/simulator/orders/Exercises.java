package io.tws4j.simulator.orders;

import io.tws4j.accounts.Position;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.OptionRight;
import io.tws4j.contracts.SecurityType;
import io.tws4j.orders.Action;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.Execution;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderStatus;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.core.ClientSession;
import java.math.BigDecimal;
import java.util.List;

/**
 * Option exercise and lapse instructions. An exercise closes the option position at no price and
 * delivers the underlying at the strike (bought for calls, sold for puts, a hundred shares a
 * contract); a lapse closes the position at no price. Reported as an order of the instruction's
 * id that fills at once: an execution of the option (its exercise-or-lapse type set, no price, no
 * commission), the commission report, then the Filled status.
 *
 * <p>Inferred: IB processes exercise instructions after the close; the simulator does it at once,
 * so that tests see the positions change. An instruction for more contracts than the account holds
 * is rejected with 201, and one for a contract that is not an option with 321.
 */
final class Exercises {
    private static final int VALIDATION_FAILED = 321;

    private final OrderDesk desk;

    Exercises(OrderDesk desk) {
        this.desk = desk;
    }

    void exercise(ClientSession session, int orderId, Contract wanted, ExerciseAction action, int quantity, String account) {
        synchronized (desk) {
            if (desk.readOnly()) {
                session.sendError(orderId, OrderDesk.READ_ONLY, OrderDesk.READ_ONLY_TEXT);
                return;
            }
            List<Instrument> matches = desk.instruments.matching(wanted, desk.today());
            Rejection contract = OrderChecks.contract(wanted, matches);
            if (contract != null) {
                session.sendError(orderId, contract.code(), contract.message());
                return;
            }
            Instrument option = matches.getFirst();
            String owner = account.isEmpty() ? desk.accounts.defaultAccount() : account;
            if (option.securityType() != SecurityType.OPTION || option.option().isEmpty()) {
                session.sendError(orderId, VALIDATION_FAILED, "Error validating request.-'bX' : cause - "
                        + option.contract().symbol() + " is not an option");
                return;
            }
            BigDecimal held = desk.accounts.position(owner, option.conId()).map(Position::position).orElse(BigDecimal.ZERO);
            BigDecimal contracts = BigDecimal.valueOf(quantity);
            if (quantity <= 0 || held.compareTo(contracts) < 0) {
                session.sendError(orderId, OrderChecks.ORDER_REJECTED, "Order rejected - reason:The account holds "
                        + held.toPlainString() + " contracts, fewer than the " + quantity + " to " + action.name().toLowerCase());
                return;
            }
            settle(session, orderId, option, action, contracts, owner);
        }
    }

    private void settle(ClientSession session, int orderId, Instrument option, ExerciseAction action, BigDecimal contracts,
                        String account) {
        desk.engine.orderIdUsed(session.clientId(), orderId);
        desk.accounts.book(account, option, contracts.negate(), 0, 0);
        if (action == ExerciseAction.EXERCISE) {
            var terms = option.option().orElseThrow();
            desk.instruments.byConId(terms.underlyingConId()).ifPresent(underlying -> {
                BigDecimal shares = contracts.multiply(BigDecimal.valueOf((long) option.contract().multiplier()));
                desk.accounts.book(account, underlying, terms.right() == OptionRight.CALL ? shares : shares.negate(),
                        terms.strike(), 0);
            });
        }
        Order instruction = Order.builder().action(Action.SELL).totalQuantity(contracts).account(account).build();
        WorkingOrder order = new WorkingOrder(session.clientId(), orderId, desk.book.nextPermId(), option, option.contract(),
                instruction, account, desk.now());
        desk.book.add(order);
        report(order, action, contracts);
    }

    /** The instruction's execution (the option delivered at no price, no commission), its commission report, then Filled. */
    private void report(WorkingOrder order, ExerciseAction action, BigDecimal contracts) {
        order.filled = contracts;
        Execution execution = new Execution(order.orderId, desk.matching.executionIds().next(), desk.now(), order.account,
                order.contract.exchange(), Execution.SOLD, contracts, 0, order.permId, order.clientId, false, contracts, 0,
                "", "", 0, "", 0, false, "", action.wireValue());
        ExecutionReport report = new ExecutionReport(order.contract, execution);
        CommissionReport commission = new CommissionReport(execution.execId(), 0, order.contract.currency(), Double.NaN,
                Double.NaN, "");
        desk.book.recordExecution(order.clientId, report, commission);
        desk.reports.execution(order, report);
        desk.reports.commission(order, commission);
        desk.end(order, OrderStatus.FILLED);
    }


}
