package io.tws4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.simulator.SimulatedGateway;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** The tws4j command as users run it: the demo on the embedded gateway, and two processes talking. */
class CommandLineIT {

    @Test
    void demoOnTheEmbeddedGatewayPrintsTheConnectionFactsAndExitsZero() {
        Result result = run("demo");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains("embedded simulated gateway")
                .containsPattern("server version\\s+226")
                .containsPattern("managed accounts\\s+DU1234567")
                .containsPattern("next valid order id\\s+1")
                .contains("server time (ms)")
                .contains("2104 WARNING: Market data farm connection is OK", "2106", "2158")
                .contains("== Done");
        assertThat(result.out())
                .containsPattern("market buy of 100 AAPL\\s+order 1")
                .contains("open order 1: BUY 100 MKT DAY AAPL", "status     order 1 PreSubmitted (filled 0, remaining 100)")
                .containsPattern("GTC limit sell of 50\\s+order 2 \\(limit 150.00, outside regular hours\\)")
                .contains("open order 2: SELL 50 LMT 150.0 GTC AAPL")
                .containsPattern("bracket order\\s+parent 3, take-profit 4, stop-loss 5")
                .contains("open order 5: SELL 100 STP aux 145.0 DAY AAPL")
                .containsPattern("(?s)(execution  100 shares of AAPL @ [0-9.]+ on \\w+.*commission 1\\.00 USD"
                        + "|not filled yet: the simulated market is closed now)")
                .contains("== Positions and account summary")
                .containsPattern("NetLiquidation\\s+\\d+\\.\\d\\d USD")
                .containsPattern("TotalCashValue\\s+\\d+\\.\\d\\d USD");
    }

    @Test
    void demoAgainstAGivenGatewayUsesIt() {
        try (SimulatedGateway gateway = SimulatedGateway.builder().accounts(java.util.List.of("DU7", "DU8")).build().start()) {
            Result result = run("demo", "--gateway", gateway.address(), "--client-id", "42");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).containsPattern("client id\\s+42").containsPattern("managed accounts\\s+DU7, DU8");
        }
    }

    @Test
    void demoAgainstNothingFailsWithAClearMessageAndExitCode1() throws IOException {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Result result = run("demo", "--gateway", "127.0.0.1:" + port);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("could not connect to 127.0.0.1:" + port);
    }

    @Test
    @Timeout(60)
    void simulatorInOneProcessServesTheDemoInAnother() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process simulator = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Tws4jCommand.class.getName(), "simulator", "--port", "0", "--seed", "9")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
            String gatewayAddress = readAddress(lines);
            assertThat(gatewayAddress).as("the simulator's banner").isNotNull();

            Result result = run("demo", "--gateway", gatewayAddress);

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).containsPattern("server version\\s+226");
        } finally {
            simulator.destroy();
            assertThat(simulator.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Reads the simulator's output up to its banner and returns the address in it, or null if it never came. */
    private static String readAddress(BufferedReader lines) throws IOException {
        Matcher banner = Pattern.compile("listening on (127\\.0\\.0\\.1:\\d+)").matcher("");
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (banner.reset(line).find()) {
                return banner.group(1);
            }
        }
        return null;
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Tws4jCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    private record Result(int exitCode, String out, String err) {}
}
