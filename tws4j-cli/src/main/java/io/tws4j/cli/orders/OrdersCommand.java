package io.tws4j.cli.orders;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tws4j.cli.Connection;
import io.tws4j.cli.JsonOutput;
import io.tws4j.cli.Progress;
import io.tws4j.cli.Session;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.OpenOrder;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tws4j orders}: the open orders of every client and TWS itself, and the orders completed today. */
@Command(name = "orders", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open orders (of every API client and TWS itself) and the orders completed today.",
                "On the embedded gateway, a second client first places two market orders and two resting limit orders."})
public final class OrdersCommand implements Callable<Integer> {

    @Option(names = "--open", description = "Only the open orders")
    private boolean openOnly;

    @Option(names = "--completed", description = "Only the completed orders")
    private boolean completedOnly;

    @Option(names = "--json", description = "Print JSON")
    private boolean json;

    @Mixin
    private Connection connection;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr());
        boolean showOpen = openOnly || !completedOnly;
        boolean showCompleted = completedOnly || !openOnly;
        try (Session session = Session.open(connection, progress, builder -> { }, true)) {
            List<OpenOrder> open = showOpen ? progress.step("reading open orders", () -> session.client().allOpenOrders()) : List.of();
            List<CompletedOrder> completed = showCompleted
                    ? progress.step("reading completed orders", () -> session.client().completedOrders(false)) : List.of();
            if (json) {
                ObjectNode root = JsonOutput.object();
                if (showOpen) {
                    ArrayNode array = root.putArray("open");
                    for (OpenOrder order : open) {
                        ObjectNode node = array.addObject();
                        node.put("orderId", order.orderId());
                        node.put("permId", order.order().permId());
                        node.put("clientId", order.order().clientId());
                        node.put("account", order.order().account());
                        node.put("symbol", order.contract().symbol());
                        node.put("order", order.order().describe());
                        node.put("status", order.state().status().toString());
                    }
                }
                if (showCompleted) {
                    ArrayNode array = root.putArray("completed");
                    for (CompletedOrder order : completed) {
                        ObjectNode node = array.addObject();
                        node.put("permId", order.order().permId());
                        node.put("account", order.order().account());
                        node.put("symbol", order.contract().symbol());
                        node.put("order", order.order().describe());
                        node.put("filled", order.order().filledQuantity());
                        node.put("status", order.state().completedStatus());
                        node.put("completedTime", order.state().completedTime());
                    }
                }
                JsonOutput.print(out, root);
                return 0;
            }
            out.println("Orders at " + session.where());
            if (showOpen) {
                out.println();
                out.println("Open orders: " + open.size());
                if (!open.isEmpty()) {
                    out.printf(Locale.ROOT, "  %8s %6s  %-8s %-28s %s%n", "ORDER", "CLIENT", "SYMBOL", "ORDER", "STATUS");
                }
                for (OpenOrder order : open) {
                    out.printf(Locale.ROOT, "  %8d %6d  %-8s %-28s %s%n", order.orderId(), order.order().clientId(),
                            order.contract().symbol(), order.order().describe(), order.state().status());
                }
            }
            if (showCompleted) {
                out.println();
                out.println("Completed orders: " + completed.size());
                if (!completed.isEmpty()) {
                    out.printf(Locale.ROOT, "  %-8s %-28s %8s  %-36s %s%n", "SYMBOL", "ORDER", "FILLED", "COMPLETED", "STATUS");
                }
                for (CompletedOrder order : completed) {
                    out.printf(Locale.ROOT, "  %-8s %-28s %8s  %-36s %s%n", order.contract().symbol(), order.order().describe(),
                            order.order().filledQuantity().toPlainString(), order.state().completedTime(), order.state().completedStatus());
                }
            }
            out.flush();
            return 0;
        }
    }
}
