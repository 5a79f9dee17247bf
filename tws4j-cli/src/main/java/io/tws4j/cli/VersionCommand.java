package io.tws4j.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tws4j.protocol.wire.ServerVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tws4j version}: the same as {@code tws4j --version}, and as JSON for scripts. */
@Command(name = "version", mixinStandardHelpOptions = true,
        description = "Prints tws4j's version, the TWS API server versions it speaks, and the Java it runs on.")
public final class VersionCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print JSON")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (json) {
            ObjectNode node = JsonOutput.object();
            node.put("version", Tws4jVersion.version());
            node.put("minServerVersion", ServerVersion.MIN_SUPPORTED.number());
            node.put("maxServerVersion", ServerVersion.MAX_SUPPORTED.number());
            node.put("java", Runtime.version().toString());
            JsonOutput.print(spec.commandLine().getOut(), node);
        } else {
            for (String line : Tws4jVersion.lines()) {
                spec.commandLine().getOut().println(line);
            }
        }
        return 0;
    }
}
