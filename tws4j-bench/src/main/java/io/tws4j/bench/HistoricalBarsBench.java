package io.tws4j.bench;

import com.sun.management.OperatingSystemMXBean;
import io.tws4j.client.ClientOptions;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import io.tws4j.simulator.SimulatedGateway;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How long the simulated gateway takes to answer long historical bar requests, measured from the
 * client's side over loopback: one year of daily bars (regular hours and all hours), two years of
 * weekly bars, twenty years of daily bars, and a year of hourly bars. Each case runs on a fresh
 * gateway (so nothing is cached from an earlier request), after the JIT was warmed on a gateway of
 * another seed; the figure printed is the median of the runs, with the slowest.
 *
 * <p>Arguments: {@code [runs=5] [case filter, a regular expression=.*] [warm-up runs=1]}. Run it from the
 * shaded jar:
 * {@snippet lang="shell" :
 * ./mvnw -B -q -pl tws4j-bench -am package -Dmaven.test.skip=true
 * java -cp tws4j-bench/target/benchmarks.jar io.tws4j.bench.HistoricalBarsBench 5
 * }
 */
public final class HistoricalBarsBench {
    /** Tuesday 11 April 2023, an hour after the close in New York: time stands still there. */
    private static final Instant NOW = Instant.parse("2023-04-11T21:00:00Z");
    private static final Contract AAPL = Contract.stock("AAPL").build();
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private HistoricalBarsBench() {}

    /** One request to time. */
    private record Case(String name, BarSize size, UnaryOperator<HistoricalQuery> query) {}

    /** The part of a query a case sets. */
    private record HistoricalQuery(HistoricalDuration duration, MarketHours hours, WhatToShow series) {
        HistoricalQuery withHours(MarketHours value) {
            return new HistoricalQuery(duration, value, series);
        }

        HistoricalQuery withSeries(WhatToShow value) {
            return new HistoricalQuery(duration, hours, value);
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String filter = args.length > 1 ? args[1] : ".*";
        int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<Case> all = List.of(
                new Case("1 Y of 1 day, regular hours", BarSize.DAY_1, q -> withDuration(q, HistoricalDuration.years(1))),
                new Case("1 Y of 1 day, all hours", BarSize.DAY_1,
                        q -> withDuration(q, HistoricalDuration.years(1)).withHours(MarketHours.EXTENDED)),
                new Case("1 Y of 1 day, MIDPOINT", BarSize.DAY_1,
                        q -> withDuration(q, HistoricalDuration.years(1)).withSeries(WhatToShow.MIDPOINT)),
                new Case("2 Y of 1 week, all hours", BarSize.WEEK_1,
                        q -> withDuration(q, HistoricalDuration.years(2)).withHours(MarketHours.EXTENDED)),
                new Case("1 Y of 1 hour, all hours", BarSize.HOURS_1,
                        q -> withDuration(q, HistoricalDuration.years(1)).withHours(MarketHours.EXTENDED)),
                new Case("20 Y of 1 day, regular hours", BarSize.DAY_1, q -> withDuration(q, HistoricalDuration.years(20))),
                new Case("20 Y of 1 day, all hours", BarSize.DAY_1,
                        q -> withDuration(q, HistoricalDuration.years(20)).withHours(MarketHours.EXTENDED)));
        List<Case> cases = all.stream().filter(c -> c.name().matches(filter)).toList();
        System.out.printf("warming up the JIT (seed 99, every case %d times)%n", warmUps);
        for (int run = 0; run < warmUps; run++) {
            for (Case c : cases) {
                time(99, c);
            }
        }
        System.out.printf("%n%-32s %10s %10s %12s %8s%n", "case (AAPL, TRADES unless said)", "median ms", "max ms",
                "median cpu ms", "bars");
        for (Case c : cases) {
            List<Long> millis = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            int bars = 0;
            for (int run = 0; run < runs; run++) {
                Result result = time(7 + run, c);
                millis.add(result.millis());
                cpu.add(result.cpuMillis());
                bars = result.bars();
            }
            millis.sort(Long::compare);
            cpu.sort(Long::compare);
            System.out.printf("%-32s %10d %10d %12d %8d%n", c.name(), millis.get(millis.size() / 2), millis.getLast(),
                    cpu.get(cpu.size() / 2), bars);
        }
        System.out.printf("%n(cpu: the process's CPU time during the request, all threads, client included;"
                + " load average %.1f on %d cores)%n", OS.getSystemLoadAverage(), OS.getAvailableProcessors());
    }

    private record Result(long millis, long cpuMillis, int bars) {}

    /** Times one request on a fresh gateway of {@code seed}, from the call to the last bar received. */
    private static Result time(long seed, Case c) throws Exception {
        try (SimulatedGateway gateway = SimulatedGateway.builder().seed(seed).clock(InstantSource.fixed(NOW)).build().start();
             TwsClient client = TwsClient.connect(ClientOptions.builder().address("127.0.0.1:" + gateway.port()).clientId(1)
                     .requestTimeout(Duration.ofMinutes(5)).build())) {
            HistoricalQuery query = c.query().apply(new HistoricalQuery(HistoricalDuration.days(1), MarketHours.REGULAR,
                    WhatToShow.TRADES));
            long cpuStart = OS.getProcessCpuTime();
            long start = System.nanoTime();
            HistoricalBars bars = client.historicalData(AAPL, c.size()).duration(query.duration()).tradingHours(query.hours())
                    .whatToShow(query.series()).fetch();
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (OS.getProcessCpuTime() - cpuStart) / 1_000_000;
            return new Result(millis, cpuMillis, bars.bars().size());
        }
    }

    private static HistoricalQuery withDuration(HistoricalQuery query, HistoricalDuration duration) {
        return new HistoricalQuery(duration, query.hours(), query.series());
    }
}
