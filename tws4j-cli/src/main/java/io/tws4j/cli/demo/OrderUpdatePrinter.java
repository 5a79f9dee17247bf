package io.tws4j.cli.demo;

import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderBound;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Prints an order update stream as the demo shows it: each status, open order, execution and
 * commission report of the orders it watches, until they are done or the market leaves them
 * waiting.
 */
final class OrderUpdatePrinter {
    /** How long the demo waits for an order to finish before it moves on. */
    private static final Duration PATIENCE = Duration.ofSeconds(2);
    /**
     * How long a quiet stream means that nothing more is coming for now: in an open market an
     * order meets the quote in force as soon as it is accepted, so a pause means it rests.
     */
    private static final Duration QUIET = Duration.ofMillis(500);

    private final Subscription<OrderUpdate> updates;
    private final DemoOutput out;
    private boolean filled;

    OrderUpdatePrinter(Subscription<OrderUpdate> updates, DemoOutput out) {
        this.updates = updates;
        this.out = out;
    }

    /** Prints the updates of {@code orderIds} until each has its final commission report, or for a few seconds. */
    void follow(Set<Integer> orderIds, boolean untilFilled) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        filled = false;
        boolean done = false;
        while (!done && System.nanoTime() < deadline) {
            long left = Math.max(0, deadline - System.nanoTime());
            Optional<StreamItem<OrderUpdate>> item = updates.next(Duration.ofNanos(Math.min(left, QUIET.toNanos())));
            if (item.isEmpty()) {
                break;
            }
            if (item.get() instanceof StreamItem.Data<OrderUpdate>(OrderUpdate update)) {
                done = print(update, orderIds) && untilFilled;
            } else if (item.get() instanceof StreamItem.Notice<OrderUpdate>(var notice)) {
                out.line("  notice " + notice);
            }
        }
        if (!done && untilFilled) {
            out.line("  (not filled yet: the order rests, e.g. because the market is closed; the demo moves on)");
        }
    }

    /** Prints one update if it concerns the orders followed; returns true once the commission report after the fill is in. */
    private boolean print(OrderUpdate update, Set<Integer> orderIds) {
        switch (update) {
            case OrderStatusUpdate status when orderIds.contains(status.orderId()) -> {
                out.line(String.format(Locale.ROOT, "  status     order %d %s (filled %s, remaining %s)", status.orderId(),
                        status.status(), status.filled().toPlainString(), status.remaining().toPlainString()));
                filled |= status.status() == OrderStatus.FILLED;
            }
            case OpenOrder open when orderIds.contains(open.orderId()) -> out.line(String.format(Locale.ROOT,
                    "  open order %d: %s %s, %s", open.orderId(), open.order().describe(), open.contract().symbol(), open.state().status()));
            case ExecutionReport fill when orderIds.contains(fill.execution().orderId()) -> out.line(String.format(Locale.ROOT,
                    "  execution  %s shares of %s @ %.2f on %s", fill.execution().shares().toPlainString(), fill.contract().symbol(),
                    fill.execution().price(), fill.execution().exchange()));
            case CommissionReport commission -> {
                out.line(String.format(Locale.ROOT, "  commission %.2f %s", commission.commission(), commission.currency()));
                return filled;
            }
            case OrderBound bound -> out.line("  bound      " + bound);
            case CompletedOrder completed -> out.line("  completed  " + completed.order().describe());
            default -> { }
        }
        return false;
    }
}
