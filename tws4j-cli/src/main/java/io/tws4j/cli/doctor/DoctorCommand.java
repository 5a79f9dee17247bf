package io.tws4j.cli.doctor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tws4j.cli.CliErrors;
import io.tws4j.cli.Connection;
import io.tws4j.cli.JsonOutput;
import io.tws4j.cli.Progress;
import io.tws4j.cli.Session;
import io.tws4j.cli.Style;
import io.tws4j.cli.Symbols;
import io.tws4j.client.TwsException;
import io.tws4j.config.Configuration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tws4j doctor}: is the gateway reachable and set up for the API? Connects, then checks
 * the server version, the managed accounts (paper or live), the data farms, the Read-Only API
 * setting, pacing, and a market data probe, with advice for each finding that needs fixing. Exits
 * 1 when something does.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks a gateway: reachable, server version, accounts (paper or live), data farms, Read-Only API,"
                + " pacing and market data permissions, with advice for each problem.",
                "Exits 1 when something needs fixing."})
public final class DoctorCommand implements Callable<Integer> {

    @Option(names = "--probe", defaultValue = "AAPL", paramLabel = "SYMBOL",
            description = "The symbol whose market data is probed (default: ${DEFAULT-VALUE})")
    private String probe;

    @Option(names = "--live-ok", description = "A live (not paper) login is intended: report it without asking to fix it")
    private boolean liveOk;

    @Option(names = "--read-only-ok", description = "Read-Only API is intended: report it without asking to fix it")
    private boolean readOnlyOk;

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
        List<Check> checks = new ArrayList<>();
        String where = connection.gateway() == null ? "the embedded simulated gateway" : connection.gateway().toString();
        long start = System.nanoTime();
        Session session = null;
        try {
            session = Session.open(connection, progress);
            checks.add(Check.ok("reachable", "connected in " + (System.nanoTime() - start) / 1_000_000 + " ms as client "
                    + connection.clientId() + (session.isEmbedded() ? ", " + session.where() : "")));
        } catch (TwsException e) {
            String advice = CliErrors.advice(e);
            checks.add(Check.fail("reachable", e.getMessage(), advice.isEmpty() ? "check the address, and that the gateway runs" : advice));
        }
        if (session != null) {
            try (Session open = session) {
                Checkup checkup = new Checkup(open, liveOk, readOnlyOk);
                checks.add(checkup.serverVersion());
                checks.add(checkup.accounts());
                checks.add(checkup.farms());
                Optional<Configuration> config = progress.step("reading TWS's API configuration", checkup::configuration);
                checks.add(checkup.readOnlyApi(config));
                checks.add(checkup.pacing(config));
                checks.add(progress.step("probing market data for " + probe, () -> checkup.marketData(Symbols.contract(probe))));
            }
        }
        long needFixing = checks.stream().filter(check -> check.status().needsFixing()).count();
        if (json) {
            ObjectNode root = JsonOutput.object();
            root.put("gateway", where);
            root.put("needsFixing", needFixing);
            ArrayNode array = root.putArray("checks");
            for (Check check : checks) {
                ObjectNode node = array.addObject();
                node.put("name", check.name());
                node.put("status", check.status().name().toLowerCase(Locale.ROOT));
                node.put("detail", check.detail());
                if (!check.advice().isEmpty()) {
                    node.put("advice", check.advice());
                }
            }
            JsonOutput.print(out, root);
        } else {
            print(out, Style.auto(), where, checks, needFixing);
        }
        return needFixing == 0 ? 0 : 1;
    }

    private static void print(PrintWriter out, Style style, String where, List<Check> checks, long needFixing) {
        out.println("tws4j doctor: " + where);
        for (Check check : checks) {
            String mark = switch (check.status()) {
                case OK -> style.green(check.status().mark());
                case INFO -> style.dim(check.status().mark());
                case WARN -> style.yellow(check.status().mark());
                case FAIL -> style.red(check.status().mark());
            };
            out.printf(Locale.ROOT, "  %s %-17s %s%n", mark, check.name(), check.detail());
            if (!check.advice().isEmpty()) {
                out.printf(Locale.ROOT, "    %-17s %s%n", "", "→ " + check.advice());
            }
        }
        out.println(needFixing == 0 ? style.green("All good.")
                : style.red(needFixing + (needFixing == 1 ? " thing needs" : " things need") + " fixing."));
        out.flush();
    }
}
