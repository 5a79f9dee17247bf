package io.tws4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.client.TwsClient;
import io.tws4j.simulator.SimulatedGateway;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
                .contains("== Market scanner", "top % gainers, US stocks above $5:")
                .containsPattern("scan codes\\s+\\d+, e.g. \\[TOP_PERC_GAIN")
                .containsPattern("  (1\\. [A-Z]+ \\(conId \\d+, \\w+\\)|\\(no stock is up\\))")
                .contains("== News", "latest AAPL headlines:")
                .containsPattern("news providers\\s+BRFG, BRFUPDN, BZ, DJNL")
                .containsPattern("  \\d{4}-\\d{2}-\\d{2}T\\S+ (BRFG|BRFUPDN|BZ|DJNL) .+")
                .contains("== Wall Street Horizon")
                .containsPattern("next AAPL earnings\\s+\\d{4}-\\d{2}-\\d{2} (Before|After) Market \\((CONFIRMED|UNCONFIRMED)\\)")
                .contains("== Done");
        assertThat(result.out())
                .as("the README's historical data request: AAPL hourly bars of the day ending 2023-04-11 20:00 UTC")
                .contains("== Historical data")
                .containsPattern("start\\s+2023-04-11T09:30-04:00\\[America/New_York]")
                .containsPattern("end\\s+2023-04-11T16:00-04:00\\[America/New_York]")
                .contains("2023-04-11T13:30:00Z  open ", "2023-04-11T19:00:00Z  open ");
    }

    @Test
    @Timeout(60)
    void demoShowsTheContractExamplesQuotedAndRealTimeDataOfAnOpenMarket() {
        Result result = run("demo");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .containsPattern("connection time\\s+20261118 10:00")
                .containsPattern("TSLA STK SMART USD, conId 76792991.*\\n\\s+bid \\d+\\.\\d+ x \\d+\\s+ask")
                .containsPattern("7203 STK TSEJ JPY, conId 13905810.*\\n\\s+no quote \\(market closed\\), last")
                .containsPattern("AAPL\\s+\\d{6}C\\d{8} OPT SMART USD.*\\n.*delta 0\\.\\d+")
                .containsPattern("ES[HMUZ]\\d FUT CME USD")
                .containsPattern("EUR\\.USD CASH IDEALPRO USD.*\\n\\s+bid 1\\.\\d+")
                .contains("912810RN0 BOND SMART USD", "DE0001102309 BOND SMART EUR")
                .containsPattern("BTC on PAXOS\\s+last \\d+\\.\\d+ USD, size 0\\.\\d+ BTC")
                .containsPattern("(?m)^\\s+10:\\d\\d:\\d[05]  AAPL [\\d. ]+  \\|  NVDA [\\d. ]+$")
                .containsPattern("AAPL ticker\\s+bid [\\d.]+  ask [\\d.]+  last [\\d.]+  volume \\d+")
                .containsPattern("AAPL trade\\s+10:\\d\\d:\\d\\d  \\d+ @ [\\d.]+ on [A-Z]+")
                .containsPattern("market buy of 100 AAPL\\s+order 1")
                .contains("open order 1: BUY 100 MKT DAY AAPL", "status     order 1 PreSubmitted (filled 0, remaining 100)")
                .containsPattern("GTC limit sell of 50\\s+order 2 \\(limit 150.00, outside regular hours\\)")
                .contains("open order 2: SELL 50 LMT 150.0 GTC AAPL")
                .containsPattern("bracket order\\s+parent 3, take-profit 4, stop-loss 5")
                .contains("open order 5: SELL 100 STP aux 145.0 DAY AAPL")
                .containsPattern("(?s)execution  100 shares of AAPL @ [0-9.]+ on \\w+.*commission 1\\.00 USD")
                .contains("== Positions and account summary")
                .containsPattern("NetLiquidation\\s+\\d+\\.\\d\\d USD")
                .containsPattern("TotalCashValue\\s+\\d+\\.\\d\\d USD");
    }

    @Test
    void demoAgainstAGivenGatewayUsesIt() {
        try (SimulatedGateway gateway = SimulatedGateway.builder().accounts(List.of("DU7", "DU8")).build().start()) {
            Result result = run("demo", "--gateway", gateway.address(), "--client-id", "42");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).containsPattern("client id\\s+42").containsPattern("managed accounts\\s+DU7, DU8");
        }
    }

    @Test
    @Timeout(90)
    void demoLeavesNoOrderWorkingOnTheGatewayItWasPointedAt() {
        // a Saturday: the market is closed, so every order the demo places rests until it is cancelled
        try (SimulatedGateway gateway = SimulatedGateway.builder().startTime(Instant.parse("2026-11-21T15:00:00Z")).build().start()) {
            Result result = run("demo", "--gateway", gateway.address());

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).containsPattern("open orders\\s+5").contains("cleaned up");
            try (TwsClient observer = TwsClient.connect(gateway.address(), 7)) {
                await().atMost(Duration.ofSeconds(10)).until(() -> observer.allOpenOrders().isEmpty());
            }
        }
    }

    @Test
    @Timeout(90)
    void demoPlacesNoOrderOnAnAccountThatIsNotPaper() {
        try (SimulatedGateway gateway = SimulatedGateway.builder().accounts(List.of("U1234567")).build().start()) {
            Result result = run("demo", "--gateway", gateway.address());

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("skipped: [U1234567] is not a paper account").doesNotContain("market buy of 100 AAPL");
            try (TwsClient observer = TwsClient.connect(gateway.address(), 7)) {
                assertThat(observer.allOpenOrders()).isEmpty();
                assertThat(observer.completedOrders(false)).isEmpty();
            }
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
