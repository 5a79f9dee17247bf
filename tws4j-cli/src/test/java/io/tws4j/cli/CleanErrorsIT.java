package io.tws4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every bad option or environment problem: one line on standard error, what is wrong and what to do, a non-zero exit. */
class CleanErrorsIT {

    @Test
    void aGatewayWithoutAPortIsOneLineAndExitCode2() {
        CliRun run = CliRun.of("demo", "--gateway", "localhost");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines()).containsExactly("tws4j demo: Invalid value for option '--gateway': 'localhost' has no port:"
                + " give HOST:PORT (TWS listens on 7497 paper / 7496 live, IB Gateway on 4002 / 4001), e.g. 127.0.0.1:4002;"
                + " see 'tws4j demo --help'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSpeedOfZeroIsOneLine() {
        CliRun run = CliRun.of("demo", "--speed", "0");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("tws4j demo: --speed 0: the clock's speed is a factor above 0").doesNotContain("Exception");
    }

    @Test
    void aStartThatIsNoTimeIsOneLine() {
        CliRun run = CliRun.of("demo", "--start", "yesterday");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("'yesterday' is not a time: give an ISO instant in UTC such as 2026-11-18T15:00:00Z, or 'now'");
    }

    @Test
    @Timeout(30)
    void aBusyPortIsOneLineNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("simulator", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(CliErrors.FAILURE);
            assertThat(run.err().lines()).singleElement().asString()
                    .startsWith("tws4j simulator: the port is in use (Address already in use")
                    .contains("--port 0 picks a free one");
        }
    }

    @Test
    void theStackTraceComesOnlyWithVerbose() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("simulator", "--verbose", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.exitCode()).isEqualTo(CliErrors.FAILURE);
            assertThat(run.err()).contains("tws4j simulator: the port is in use", "java.net.BindException", "\tat ");
        }
    }

    @Test
    void versionIsACommand() {
        CliRun run = CliRun.of("version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("tws4j " + Tws4jVersion.version()).contains("TWS API server versions 213 to 226");
        assertThat(Tws4jVersion.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(CliRun.of("--version").out()).isEqualTo(run.out());
    }

    @Test
    void anUnknownCommandNamesTheCommands() {
        CliRun run = CliRun.of("quotes", "AAPL");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("tws4j: 'quotes' is not a command (did you mean quote?); the commands are quote, bars,");
    }

    @Test
    void anUnknownOptionIsOneLine() {
        CliRun run = CliRun.of("bars", "AAPL", "--bars", "1h");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines()).singleElement().asString().startsWith("tws4j bars: Unknown options: '--bars', '1h' (did you mean --bar?)")
                .endsWith("see 'tws4j bars --help'");
    }

    @Test
    void aBarSizeTwsDoesNotOfferListsThoseItDoes() {
        CliRun run = CliRun.of("bars", "AAPL", "--bar", "7m");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("'7m' is not a bar size TWS offers; one of 1s, 5s, 10s, 15s, 30s, 1m, 2m, 3m, 4m, 5m");
    }

    @Test
    void aDurationWithoutAUnitIsOneLine() {
        CliRun run = CliRun.of("bars", "AAPL", "--duration", "5");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines()).singleElement().asString().contains("'5' is not a duration: give a whole number and s, d, w, mo or y");
    }

    @Test
    void anEndThatIsNoInstantIsOneLine() {
        CliRun run = CliRun.of("bars", "AAPL", "--end", "yesterday");

        assertThat(run.exitCode()).isEqualTo(CliErrors.USAGE);
        assertThat(run.err().lines()).singleElement().asString()
                .contains("'yesterday' is not an instant: give one in UTC such as 2026-11-18T21:00:00Z");
    }

    @Test
    void aChartThatIsNoPngIsOneLine() {
        CliRun run = CliRun.of("bars", "AAPL", "--chart", "out.jpg");

        assertThat(run.exitCode()).isEqualTo(CliErrors.FAILURE);
        assertThat(run.err().lines()).singleElement().asString()
                .isEqualTo("tws4j bars: --chart out.jpg: the chart is a PNG, so give a file name ending in .png");
    }

    @Test
    void nothingListeningIsOneLineWithAdvice() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        CliRun run = CliRun.of("positions", "--gateway", "127.0.0.1:" + port);

        assertThat(run.exitCode()).isEqualTo(CliErrors.FAILURE);
        assertThat(run.errorLines()).singleElement().asString()
                .startsWith("tws4j positions: could not connect to 127.0.0.1:" + port)
                .contains("is TWS or IB Gateway running");
    }
}
