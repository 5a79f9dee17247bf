package io.tws4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the tws4j command in this JVM, as main would, capturing what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Tws4jCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** The lines of standard error that are not progress lines. */
    List<String> errorLines() {
        return err.lines().filter(line -> !(line.startsWith("tws4j: ") && line.contains(" ..."))).toList();
    }
}
