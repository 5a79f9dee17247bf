package io.tws4j.cli.demo;

import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.client.orders.BracketIds;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.OrderUpdate;
import java.util.Set;

/**
 * The README's order examples: a market buy of 100 AAPL, a good-till-cancel limit sell of 50
 * outside regular hours, and a bracket order, with the order update stream printing each order's
 * statuses, open orders, executions and commissions.
 */
final class OrdersStep implements DemoStep {

    @Override
    public String title() {
        return "Orders";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        Contract aapl = Contract.stock("AAPL").build();
        try (Subscription<OrderUpdate> updates = client.orderUpdateStream()) {
            OrderUpdatePrinter printer = new OrderUpdatePrinter(updates, out);

            int buy = client.order(aapl).buy(100).market().submit();
            out.fact("market buy of 100 AAPL", "order " + buy);
            printer.follow(Set.of(buy), true);

            int sell = client.order(aapl).sell(50).limit(150.00).goodTillCancel().outsideRth().submit();
            out.fact("GTC limit sell of 50", "order " + sell + " (limit 150.00, outside regular hours)");
            printer.follow(Set.of(sell), true);

            BracketIds bracket = client.order(aapl).buy(100).bracket().entryLimit(150).takeProfit(160).stopLoss(145).submitAll();
            out.fact("bracket order", "parent " + bracket.parent() + ", take-profit " + bracket.takeProfit()
                    + ", stop-loss " + bracket.stopLoss());
            printer.follow(Set.of(bracket.parent(), bracket.takeProfit(), bracket.stopLoss()), false);
            out.fact("open orders", client.openOrders().size());
        }
    }
}
