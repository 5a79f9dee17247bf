package io.tws4j.cli;

import io.tws4j.cli.demo.DemoCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tws4j} command: {@code demo} and {@code simulator}. */
@Command(name = "tws4j", mixinStandardHelpOptions = true, version = "tws4j 0.1.0-SNAPSHOT",
        description = "A Java client for Interactive Brokers' TWS API, with a simulated gateway.",
        subcommands = {DemoCommand.class, SimulatorCommand.class, CommandLine.HelpCommand.class})
public final class Tws4jCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Returns the command line, for hosts that route its output elsewhere. */
    public static CommandLine commandLine() {
        return new CommandLine(new Tws4jCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
