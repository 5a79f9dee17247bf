package io.tws4j.client.orders;

import io.tws4j.client.ClientClosedException;
import io.tws4j.client.TwsException;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.Core;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One reconciliation after a reconnect, on a virtual thread of its own: asks the gateway for this
 * client's executions since the gap began (less a margin), its open orders and its completed API
 * orders, as ordinary calls that are not sent again after a loss, then has the journal settle the
 * gap. The answers pass through the journal like any order message, so a missed fill or status
 * reaches the handles and the update streams as it arrives, once; the executions come first so
 * that fills precede the statuses that count them. A loss during the run abandons it: the next
 * reconnect starts over. A failure on a connection that stays up is tried again twice.
 */
final class Reconciliation implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    private static final int ATTEMPTS = 3;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    private final OrderJournal journal;
    private final Core core;
    private final int run;
    private final OrderJournal.Gap gap;
    private final int attempt;

    Reconciliation(OrderJournal journal, int run, OrderJournal.Gap gap) {
        this(journal, run, gap, 1);
    }

    private Reconciliation(OrderJournal journal, int run, OrderJournal.Gap gap, int attempt) {
        this.journal = journal;
        this.core = journal.core();
        this.run = run;
        this.gap = gap;
        this.attempt = attempt;
    }

    @Override
    public void run() {
        try {
            ExecutionFilter.Builder filter = ExecutionFilter.builder().clientId(core.options().clientId());
            if (gap.executionsSince != null) {
                filter.since(gap.executionsSince);
            }
            List<Fill> fills = Blocking.await(core.call(OrderRequests.executions(filter.build(), false)), "reconciling executions");
            if (!journal.isCurrent(run)) {
                return;
            }
            List<OpenOrder> open = Blocking.await(core.call(OrderRequests.openOrders("reconciling open orders",
                    io.tws4j.protocol.wire.OutMessage.REQ_OPEN_ORDERS, io.tws4j.orders.codec.OrdersCodec.openOrdersRequest(), false)),
                    "reconciling open orders");
            if (!journal.isCurrent(run)) {
                return;
            }
            journal.ownCompletedListing(run, true);
            List<CompletedOrder> completed;
            try {
                completed = Blocking.await(core.call(OrderRequests.completedOrders(true, false)), "reconciling completed orders");
            } finally {
                journal.ownCompletedListing(run, false);
            }
            journal.settle(run, gap, open, completed, fills);
        } catch (TwsException e) {
            if (e instanceof ClientClosedException || e.isConnectionProblem() || core.isClosed()) {
                log.debug("reconciliation {} stopped: {}", run, e.getMessage());
                return;
            }
            if (attempt < ATTEMPTS && journal.isCurrent(run)) {
                log.warn("reconciling the orders failed (attempt {} of {}): {}; trying again", attempt, ATTEMPTS, e.getMessage());
                core.schedule(() -> Thread.ofVirtual().name("tws4j-reconcile-" + core.options().clientId())
                        .start(new Reconciliation(journal, run, gap, attempt + 1)), RETRY_AFTER);
                return;
            }
            journal.abandon(run, e);
        }
    }
}
