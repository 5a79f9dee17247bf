package io.tws4j.cli;

import io.tws4j.simulator.SimulatedGateway;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tws4j simulator}: runs the simulated gateway until interrupted. */
@Command(name = "simulator", mixinStandardHelpOptions = true,
        description = "Runs the simulated gateway until interrupted (Ctrl-C). Any TWS API client can connect to it.")
public final class SimulatorCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "4002", description = "API port to listen on (default: ${DEFAULT-VALUE}, IB Gateway's paper port; 0 picks a free one)")
    private int port;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the simulated markets (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}; anything else exposes the gateway)")
    private String bind;

    @Option(names = {"-v", "--verbose"}, description = "Log every connection and request")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + ": a port is between 1 and 65535, or 0 for a free one");
        }
        // A busy port fails in start() with a BindException; CliErrors says so in one line.
        Logging.configure(verbose);
        SimulatedGateway gateway = SimulatedGateway.builder().bindAddress(bind).port(port).seed(seed).build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            gateway.close();
            stopped.countDown();
        }, "tws4j-simulator-shutdown"));
        System.out.printf("Simulated gateway listening on %s (seed %d, accounts %s). Press Ctrl-C to stop.%n",
                gateway.address(), seed, String.join(",", gateway.options().accounts()));
        System.out.flush();
        stopped.await();
        return 0;
    }
}
