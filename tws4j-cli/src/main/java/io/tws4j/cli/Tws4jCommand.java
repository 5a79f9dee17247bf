package io.tws4j.cli;

import io.tws4j.cli.accounts.AccountCommand;
import io.tws4j.cli.accounts.PositionsCommand;
import io.tws4j.cli.demo.DemoCommand;
import io.tws4j.cli.doctor.DoctorCommand;
import io.tws4j.cli.historical.BarsCommand;
import io.tws4j.cli.marketdata.QuoteCommand;
import io.tws4j.cli.orders.OrdersCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tws4j} command: everyday looks at a gateway, a health check, the demo and a standalone simulated gateway. */
@Command(name = "tws4j", mixinStandardHelpOptions = true, versionProvider = Tws4jVersion.class,
        description = {"A Java client for Interactive Brokers' TWS API, with a simulated gateway.",
                "Every command runs against the embedded simulated gateway unless given --gateway HOST:PORT."},
        subcommands = {QuoteCommand.class, BarsCommand.class, PositionsCommand.class, OrdersCommand.class,
                AccountCommand.class, DoctorCommand.class, DemoCommand.class, SimulatorCommand.class,
                VersionCommand.class, CommandLine.HelpCommand.class})
public final class Tws4jCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Returns the command line, for hosts that route its output elsewhere. */
    public static CommandLine commandLine() {
        CliErrors errors = new CliErrors();
        return new CommandLine(new Tws4jCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
