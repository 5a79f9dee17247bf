package io.tws4j.cli.demo;

import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.client.orders.BracketIds;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderUpdate;
import java.util.List;
import java.util.Set;

/**
 * The README's order examples: a market buy of 100 AAPL, a good-till-cancel limit sell of 50
 * outside regular hours, and a bracket order, with the order update stream printing each order's
 * statuses, open orders, executions and commissions. Orders go only to paper accounts (IB names
 * them DU… or DF…), and the orders still working at the end are cancelled, so that pointing the
 * demo at a real TWS leaves nothing behind.
 */
final class OrdersStep implements DemoStep {

    @Override
    public String title() {
        return "Orders";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        List<String> accounts = client.managedAccounts();
        if (accounts.stream().anyMatch(account -> !isPaper(account))) {
            out.line("skipped: " + accounts + " is not a paper account, and the demo places orders only on paper accounts");
            return;
        }
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
            List<OpenOrder> open = client.openOrders();
            out.fact("open orders", open.size());
            Set<Integer> placed = Set.of(buy, sell, bracket.parent());
            open.stream().filter(order -> placed.contains(order.orderId()))
                    .forEach(order -> client.cancelOrder(order.orderId()));
            out.fact("cleaned up", "cancelled the demo's orders still working (a bracket's children go with their parent)");
        }
    }

    private static boolean isPaper(String account) {
        return account.startsWith("DU") || account.startsWith("DF");
    }
}
