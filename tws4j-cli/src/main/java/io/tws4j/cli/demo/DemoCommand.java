package io.tws4j.cli.demo;

import io.tws4j.cli.GatewayAddress;
import io.tws4j.cli.Logging;
import io.tws4j.cli.StartTime;
import io.tws4j.client.ClientOptions;
import io.tws4j.client.ClientWithNotices;
import io.tws4j.client.StreamItem;
import io.tws4j.client.TwsClient;
import io.tws4j.connection.Notice;
import io.tws4j.simulator.SimulatedGateway;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tws4j demo}: connects to the embedded simulated gateway (or a real TWS with
 * {@code --gateway}) and walks through what tws4j does, section by section.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Walks through tws4j against the embedded simulated gateway, or a real TWS / IB Gateway.")
public final class DemoCommand implements Callable<Integer> {
    /** The sections, in order; each capability adds its own. */
    private static final List<DemoStep> STEPS = List.of(new ConnectionStep(), new ContractsStep(), new MarketDataStep(),
            new HistoricalDataStep(), new OrdersStep(), new AccountsStep(), new ScannerStep(), new NewsStep(), new WshStep(),
            new DisplayGroupsStep());
    /** The embedded gateway's clock starts here by default: Wednesday 18 November 2026, 10:00 in New York, a regular US session. */
    static final String DEFAULT_START = "2026-11-18T15:00:00Z";

    @Option(names = "--gateway", paramLabel = "HOST:PORT", converter = GatewayAddress.Converter.class,
            description = "A running TWS or IB Gateway to use instead of the embedded simulated gateway (use 127.0.0.1, not localhost)")
    private GatewayAddress gateway;

    @Option(names = "--client-id", defaultValue = "100", description = "Client id to connect with (default: ${DEFAULT-VALUE})")
    private int clientId;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the embedded gateway's markets (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--start", defaultValue = DEFAULT_START, converter = StartTime.Converter.class, paramLabel = "INSTANT|now",
            description = "Where the embedded gateway's clock starts: an ISO instant, or 'now' (default: ${DEFAULT-VALUE},"
                    + " a Wednesday at 10:00 in New York, so that US markets are open)")
    private StartTime start;

    @Option(names = "--speed", defaultValue = "30", paramLabel = "FACTOR",
            description = "How many times faster than real time the embedded gateway's clock runs, so that five-second bars"
                    + " come quickly (default: ${DEFAULT-VALUE})")
    private double speed;

    @Option(names = {"-v", "--verbose"}, description = "Show tws4j's log")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new ParameterException(spec.commandLine(), "--speed " + spec.findOption("--speed").originalStringValues().getLast()
                    + ": the clock's speed is a factor above 0, e.g. 1 for real time or 30 for thirty times faster");
        }
        Logging.configure(verbose);
        DemoOutput out = new DemoOutput(spec.commandLine().getOut());
        // Errors (a refused connection, a busy port) reach CliErrors, which prints one line.
        try (SimulatedGateway embedded = gateway == null ? embeddedGateway() : null) {
            String address = gateway != null ? gateway.toString() : embedded.address();
            out.heading("tws4j demo against " + (embedded != null ? "the embedded simulated gateway at " : "") + address);
            ClientOptions options = ClientOptions.builder().address(address).clientId(clientId).build();
            try (ClientWithNotices connected = TwsClient.connectWithNoticeStream(options)) {
                for (DemoStep step : STEPS) {
                    out.heading(step.title());
                    step.run(connected.client(), out);
                    out.flush();
                }
                printNotices(connected, out);
            }
            out.heading("Done");
            return 0;
        }
    }

    /** The embedded gateway: seeded, its clock started where {@code --start} says and run at {@code --speed}. */
    private SimulatedGateway embeddedGateway() {
        SimulatedGateway.Builder builder = SimulatedGateway.builder().seed(seed).speed(speed);
        start.instant().ifPresent(builder::startTime);
        return builder.build().start();
    }

    /** Prints every notice received since the handshake, waiting briefly for stragglers. */
    private static void printNotices(ClientWithNotices connected, DemoOutput out) {
        out.heading("Notices received");
        Optional<StreamItem<Notice>> item;
        int count = 0;
        while ((item = connected.notices().next(Duration.ofMillis(200))).isPresent()) {
            if (item.get() instanceof StreamItem.Data<Notice>(Notice notice)) {
                out.line(notice.toString());
                count++;
            }
        }
        if (count == 0) {
            out.line("(none)");
        }
    }
}
