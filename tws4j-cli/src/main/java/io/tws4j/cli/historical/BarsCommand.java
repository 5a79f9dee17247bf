package io.tws4j.cli.historical;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tws4j.cli.Connection;
import io.tws4j.cli.JsonOutput;
import io.tws4j.cli.Problem;
import io.tws4j.cli.Progress;
import io.tws4j.cli.Session;
import io.tws4j.cli.Style;
import io.tws4j.cli.Symbols;
import io.tws4j.cli.marketdata.Numbers;
import io.tws4j.client.historical.HistoricalDataQuery;
import io.tws4j.client.Subscription;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarTime;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tws4j bars AAPL --bar 1h --duration 5d}: historical bars as a table and a chart in the
 * terminal; {@code --chart out.png} also draws a candlestick PNG with volume, {@code --csv} and
 * {@code --json} print data for other tools instead.
 */
@Command(name = "bars", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Historical bars of a symbol: a table, a chart in the terminal, a PNG candlestick chart, CSV or JSON.")
public final class BarsCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SHORT_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Parameters(paramLabel = "SYMBOL", description = "A stock such as AAPL, or a currency pair such as EUR.USD")
    private String symbol;

    @Option(names = "--bar", defaultValue = "1h", paramLabel = "SIZE", converter = BarSpecs.Size.class,
            description = "Bar size: 1s 5s 10s 15s 30s, 1m 2m 3m 4m 5m 10m 15m 20m 30m, 1h 2h 3h 4h 8h, 1d, 1w, 1mo (default: ${DEFAULT-VALUE})")
    private BarSize barSize;

    @Option(names = "--duration", defaultValue = "5d", paramLabel = "SPAN", converter = BarSpecs.Span.class,
            description = "How far back: a number and s, d, w, mo or y (default: ${DEFAULT-VALUE})")
    private HistoricalDuration duration;

    @Option(names = "--end", paramLabel = "INSTANT", converter = BarSpecs.End.class, description = "The end of the period, an ISO instant such as 2026-11-18T21:00:00Z (default: now)")
    private Instant end;

    @Option(names = "--what", defaultValue = "TRADES", paramLabel = "DATA",
            description = "What the bars show: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private WhatToShow whatToShow;

    @Option(names = "--outside-rth", description = "Include the hours outside the regular trading session")
    private boolean outsideRegularHours;

    @Option(names = "--chart", paramLabel = "FILE.png", description = "Also write a candlestick chart with volume to this PNG file")
    private Path chart;

    @Option(names = "--csv", description = "Print CSV (time,open,high,low,close,volume,wap,count) instead of the table")
    private boolean csv;

    @Option(names = "--json", description = "Print JSON instead of the table")
    private boolean json;

    @Option(names = "--height", defaultValue = "12", paramLabel = "ROWS", description = "Rows of the terminal chart; 0 for none (default: ${DEFAULT-VALUE})")
    private int height;

    @Option(names = "--width", defaultValue = "80", paramLabel = "COLUMNS", description = "Width of the terminal chart (default: ${DEFAULT-VALUE})")
    private int width;

    @Mixin
    private Connection connection;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (csv && json) {
            throw new Problem("--csv and --json each print the bars: choose one");
        }
        if (chart != null && !chart.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new Problem("--chart " + chart + ": the chart is a PNG, so give a file name ending in .png");
        }
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr());
        Contract contract = Symbols.contract(symbol);
        String name = symbol.toUpperCase(Locale.ROOT);
        try (Session session = Session.open(connection, progress)) {
            HistoricalDataQuery<HistoricalBars, Subscription<BarUpdate>> query = session.client()
                    .historicalData(contract, barSize)
                    .duration(duration)
                    .whatToShow(whatToShow)
                    .tradingHours(outsideRegularHours ? MarketHours.EXTENDED : MarketHours.REGULAR);
            if (end != null) {
                query.endingAt(end);
            }
            HistoricalBars bars = progress.step("fetching " + duration + " of " + barSize + " bars of " + name, query::fetch);
            if (bars.bars().isEmpty()) {
                throw new Problem("no " + barSize + " bars of " + name + " in " + duration + (end == null ? "" : " ending " + end)
                        + ": try a longer --duration, --outside-rth, or another --end");
            }
            ZoneId zone = bars.start().getZone();
            String title = name + ", " + barSize + " bars, " + whatToShow.name().toLowerCase(Locale.ROOT) + ", "
                    + TIME.format(bars.start()) + " to " + TIME.format(bars.end()) + " " + zone.getId();
            if (csv) {
                printCsv(out, bars.bars(), zone);
            } else if (json) {
                printJson(out, name, bars, zone);
            } else {
                out.println(title);
                printTable(out, bars.bars(), zone);
                if (height > 0) {
                    out.println();
                    TerminalChart.render(bars.bars(), width, height, Style.auto()).forEach(out::println);
                }
            }
            if (chart != null) {
                progress.step("drawing " + chart, () -> {
                    CandlestickChart.write(chart, title, bars.bars(), bar -> switch (bar.time()) {
                        case BarTime.OnDate(var date) -> date.toString();
                        case BarTime.AtInstant(var instant) -> SHORT_TIME.format(instant.atZone(zone));
                    });
                    return null;
                });
                spec.commandLine().getErr().println("tws4j: chart written to " + chart + " (" + Files.size(chart) / 1024 + " KiB)");
            }
            out.flush();
            return 0;
        }
    }

    private static String time(BarTime time, ZoneId zone) {
        return switch (time) {
            case BarTime.OnDate(var date) -> date.toString();
            case BarTime.AtInstant(var instant) -> TIME.format(instant.atZone(zone));
        };
    }

    private static void printTable(PrintWriter out, List<Bar> bars, ZoneId zone) {
        out.printf(Locale.ROOT, "%-16s %10s %10s %10s %10s %12s%n", "TIME", "OPEN", "HIGH", "LOW", "CLOSE", "VOLUME");
        for (Bar bar : bars) {
            out.printf(Locale.ROOT, "%-16s %10s %10s %10s %10s %12s%n", time(bar.time(), zone), Numbers.price(bar.open()),
                    Numbers.price(bar.high()), Numbers.price(bar.low()), Numbers.price(bar.close()), Numbers.size(bar.volume()));
        }
    }

    private static void printCsv(PrintWriter out, List<Bar> bars, ZoneId zone) {
        out.println("time,open,high,low,close,volume,wap,count");
        for (Bar bar : bars) {
            String time = switch (bar.time()) {
                case BarTime.OnDate(var date) -> date.toString();
                case BarTime.AtInstant(var instant) -> instant.atZone(zone).toOffsetDateTime().toString();
            };
            out.println(String.join(",", time, Numbers.price(bar.open()), Numbers.price(bar.high()), Numbers.price(bar.low()),
                    Numbers.price(bar.close()), Numbers.size(bar.volume()), Numbers.price(bar.wap()), Integer.toString(bar.count())));
        }
    }

    private static void printJson(PrintWriter out, String name, HistoricalBars bars, ZoneId zone) {
        ObjectNode root = JsonOutput.object();
        root.put("symbol", name);
        root.put("start", bars.start().toOffsetDateTime().toString());
        root.put("end", bars.end().toOffsetDateTime().toString());
        root.put("timeZone", zone.getId());
        ArrayNode array = root.putArray("bars");
        for (Bar bar : bars.bars()) {
            ObjectNode node = array.addObject();
            node.put("time", switch (bar.time()) {
                case BarTime.OnDate(var date) -> date.toString();
                case BarTime.AtInstant(var instant) -> instant.toString();
            });
            node.put("open", bar.open());
            node.put("high", bar.high());
            node.put("low", bar.low());
            node.put("close", bar.close());
            node.put("volume", bar.volume());
            node.put("wap", bar.wap());
            node.put("count", bar.count());
        }
        JsonOutput.print(out, root);
    }
}
