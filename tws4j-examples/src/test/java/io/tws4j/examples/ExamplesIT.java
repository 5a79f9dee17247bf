package io.tws4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.simulator.SimulatedGateway;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every recipe runs against a simulated gateway and prints what it promises. */
@Isolated
class ExamplesIT {
    private static SimulatedGateway gateway;

    @BeforeAll
    static void start() {
        gateway = ExampleGateway.simulated().build().start();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of(io.tws4j.examples.blocking.ConnectExample.class, "at server version 226"),
                Arguments.of(io.tws4j.examples.blocking.ServerTimeExample.class, "TWS time: "),
                Arguments.of(io.tws4j.examples.blocking.NoticeStreamExample.class, "farm OK: 2104"),
                Arguments.of(io.tws4j.examples.blocking.DisplayGroupsExample.class, "Group 1 now shows: 265598@SMART"),
                Arguments.of(io.tws4j.examples.blocking.NewsBulletinsExample.class, "Bulletin 1 (REGULAR): Welcome"),
                Arguments.of(io.tws4j.examples.blocking.ScannerExample.class, "Top % gainers, US stocks above $5:"),
                Arguments.of(io.tws4j.examples.blocking.HistoricalNewsExample.class, "News providers: [BRFG, BRFUPDN, BZ, DJNL]"),
                Arguments.of(io.tws4j.examples.blocking.WshEventsExample.class, "Next AAPL earnings: "),
                Arguments.of(io.tws4j.examples.async.ConnectExample.class, "Managed accounts: [DU1234567]"),
                Arguments.of(io.tws4j.examples.async.ServerTimeExample.class, "(to the millisecond)"),
                Arguments.of(io.tws4j.examples.async.DisplayGroupsExample.class, "Display groups: [1, 2, 3, 4, 5, 6, 7]"),
                Arguments.of(io.tws4j.examples.async.NewsBulletinsExample.class, "Bulletin 1: Welcome"),
                Arguments.of(io.tws4j.examples.async.ScannerExample.class, "Most active: ["),
                Arguments.of(io.tws4j.examples.async.HistoricalNewsExample.class, "Newest article: "),
                Arguments.of(io.tws4j.examples.async.WshEventsExample.class, "Earnings date: APPLE INC"),
                Arguments.of(io.tws4j.examples.blocking.HistoricalDataExample.class,
                        "start: 2023-04-11T09:30-04:00[America/New_York], end: 2023-04-11T16:00-04:00[America/New_York]"),
                Arguments.of(io.tws4j.examples.blocking.HistoricalTicksExample.class, " trades from 2023-04-11T14:00:"),
                Arguments.of(io.tws4j.examples.async.HistoricalDataExample.class, "Bar[time=2023-04-11T19:00:00Z"),
                Arguments.of(io.tws4j.examples.async.HistoricalTicksExample.class,
                        "1500 midpoints up to 2023-04-11T14:59:5"),
                Arguments.of(io.tws4j.examples.blocking.RealTimeBarsExample.class, "bar: RealTimeBar[requestId="),
                Arguments.of(io.tws4j.examples.blocking.RealTimeBarsZipExample.class, "AAPL 2"),
                Arguments.of(io.tws4j.examples.blocking.RealTimeBarsThreadsExample.class, "NVDA bar: "),
                Arguments.of(io.tws4j.examples.blocking.BitcoinLastPriceExample.class, " BTC"),
                Arguments.of(io.tws4j.examples.blocking.TickerExample.class, "AAPL bid 2"),
                Arguments.of(io.tws4j.examples.blocking.OrderBookExample.class, "Order book after"),
                Arguments.of(io.tws4j.examples.blocking.TickByTickExample.class, "Quote: "),
                Arguments.of(io.tws4j.examples.async.RealTimeBarsExample.class, "bar: RealTimeBar[requestId="),
                Arguments.of(io.tws4j.examples.async.SnapshotExample.class, "Snapshot of ETH: bid 3"),
                Arguments.of(io.tws4j.examples.blocking.PlaceOrdersExample.class, "Limit order submitted with ID: "),
                Arguments.of(io.tws4j.examples.blocking.BracketOrderExample.class, "Bracket order IDs - Parent: "),
                Arguments.of(io.tws4j.examples.blocking.OrderUpdatesExample.class, "Status: PreSubmitted"),
                Arguments.of(io.tws4j.examples.blocking.PositionsExample.class, "NetLiquidation: "),
                Arguments.of(io.tws4j.examples.async.PlaceOrdersExample.class, "Bracket order IDs - Parent: "),
                Arguments.of(io.tws4j.examples.async.OrderUpdatesExample.class, ": BUY AAPL"),
                Arguments.of(io.tws4j.examples.blocking.FaultToleranceExample.class, "bar: RealTimeBar[requestId="),
                Arguments.of(io.tws4j.examples.async.FaultToleranceExample.class, "bar: RealTimeBar[requestId="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void runsAgainstTheSimulatedGateway(Class<?> example, String expected) throws Exception {
        assertThat(runMain(example, gateway.address())).contains(expected);
    }

    @ParameterizedTest(name = "{0} on its own gateway")
    @MethodSource("examples")
    void runsWithoutArgumentsOnAnEmbeddedGateway(Class<?> example, String expected) throws Exception {
        assertThat(runMain(example)).contains(expected);
    }

    /** On its own gateway a fault-tolerance recipe has the connection dropped, and shows the stream go on. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(classes = {io.tws4j.examples.blocking.FaultToleranceExample.class,
            io.tws4j.examples.async.FaultToleranceExample.class})
    void faultToleranceShowsTheGapAndTheSameStreamGoingOn(Class<?> example) throws Exception {
        String output = runMain(example);

        assertThat(output).contains("(the gateway dropped the connection)", "interrupted: ", "resumed after ")
                .doesNotContain("Connection reset", "error: ");
        assertThat(output.indexOf("interrupted: ")).isLessThan(output.indexOf("resumed after "));
        assertThat(output.lines().filter(line -> line.startsWith("bar: "))).hasSize(4);
    }

    private static String runMain(Class<?> example, String... args) throws Exception {
        Method main = example.getMethod("main", String[].class);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
