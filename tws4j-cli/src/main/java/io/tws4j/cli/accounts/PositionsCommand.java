package io.tws4j.cli.accounts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tws4j.accounts.Position;
import io.tws4j.accounts.PositionUpdate;
import io.tws4j.accounts.PositionsEnd;
import io.tws4j.cli.Connection;
import io.tws4j.cli.JsonOutput;
import io.tws4j.cli.Progress;
import io.tws4j.cli.Session;
import io.tws4j.cli.marketdata.Numbers;
import io.tws4j.client.Subscription;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tws4j positions}: every position of every account the login manages, as TWS lists them. */
@Command(name = "positions", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The positions of every managed account.",
                "On the embedded gateway, a second client first buys 100 AAPL and 50 MSFT, so that there is something to see."})
public final class PositionsCommand implements Callable<Integer> {

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
        try (Session session = Session.open(connection, progress, builder -> { }, true)) {
            List<Position> positions = progress.step("reading positions", () -> positions(session));
            if (json) {
                ArrayNode array = JsonOutput.array();
                for (Position p : positions) {
                    ObjectNode node = array.addObject();
                    node.put("account", p.account());
                    node.put("symbol", p.contract().localSymbol().isEmpty() ? p.contract().symbol() : p.contract().localSymbol());
                    node.put("secType", p.contract().secType());
                    node.put("currency", p.contract().currency());
                    node.put("conId", p.contract().conId());
                    node.put("position", p.position());
                    node.put("averageCost", p.averageCost());
                }
                JsonOutput.print(out, array);
                return 0;
            }
            out.println("Positions at " + session.where());
            if (positions.isEmpty()) {
                out.println("(no positions)");
                return 0;
            }
            out.printf(Locale.ROOT, "%-12s %-10s %-5s %-4s %12s %14s%n", "ACCOUNT", "SYMBOL", "TYPE", "CCY", "POSITION", "AVG COST");
            for (Position p : positions) {
                out.printf(Locale.ROOT, "%-12s %-10s %-5s %-4s %12s %14s%n", p.account(), p.contract().symbol(), p.contract().secType(),
                        p.contract().currency(), Numbers.size(p.position()), Numbers.price(p.averageCost()));
            }
            out.flush();
            return 0;
        }
    }

    /** The positions up to TWS's end marker. */
    static List<Position> positions(Session session) {
        List<Position> positions = new ArrayList<>();
        try (Subscription<PositionUpdate> updates = session.client().positions()) {
            for (PositionUpdate update : updates.data()) {
                if (update instanceof PositionsEnd) {
                    break;
                }
                if (update instanceof Position position && position.position().signum() != 0) {
                    positions.add(position);
                }
            }
        }
        return positions;
    }

}
