package io.tws4j.cli.marketdata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tws4j.cli.Connection;
import io.tws4j.cli.JsonOutput;
import io.tws4j.cli.Progress;
import io.tws4j.cli.Session;
import io.tws4j.cli.Style;
import io.tws4j.cli.Symbols;
import io.tws4j.cli.TimeSpan;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.marketdata.TickerSnapshot;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tws4j quote AAPL MSFT}: the top of book of each symbol, updating in place on a terminal
 * (a fresh table each {@code --every} elsewhere) until Ctrl-C or {@code --for}; {@code --once}
 * prints one snapshot and exits.
 */
@Command(name = "quote", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Live top of book (bid, ask, last, change, volume) for one or more symbols.")
public final class QuoteCommand implements Callable<Integer> {
    private static final Duration FIRST_QUOTE = Duration.ofSeconds(10);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Parameters(arity = "1..*", paramLabel = "SYMBOL", description = "Stocks such as AAPL, or currency pairs such as EUR.USD")
    private List<String> symbols;

    @Option(names = "--once", description = "Print one snapshot and exit")
    private boolean once;

    @Option(names = "--for", paramLabel = "SPAN", converter = TimeSpan.class, description = "Stop after this long, e.g. 30s (default: until Ctrl-C)")
    private Duration limit;

    @Option(names = "--every", paramLabel = "SPAN", converter = TimeSpan.class, defaultValue = "1s",
            description = "How often the table is drawn again (default: ${DEFAULT-VALUE})")
    private Duration every;

    @Option(names = "--json", description = "Print JSON: one array with --once, else one array per line")
    private boolean json;

    @Mixin
    private Connection connection;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Progress progress = new Progress(spec.commandLine().getErr());
        Style style = Style.auto();
        Map<String, Ticker> tickers = new LinkedHashMap<>();
        try (Session session = Session.open(connection, progress)) {
            try {
                for (String symbol : symbols) {
                    tickers.put(symbol.toUpperCase(Locale.ROOT), session.client().ticker(Symbols.contract(symbol)));
                }
                progress.step("waiting for the first quotes", () -> {
                    for (Ticker ticker : tickers.values()) {
                        settle(ticker);
                    }
                    return null;
                });
                if (once) {
                    print(out, style, snapshots(tickers), false);
                    return 0;
                }
                long end = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
                int drawn = 0;
                while (System.nanoTime() < end) {
                    if (drawn > 0 && style.isTerminal() && !json) {
                        out.print("\u001b[" + drawn + "A");
                    }
                    drawn = print(out, style, snapshots(tickers), true);
                    Thread.sleep(Math.max(1, Math.min(every.toMillis(), (end - System.nanoTime()) / 1_000_000)));
                }
                return 0;
            } finally {
                tickers.values().forEach(Ticker::close);
            }
        }
    }

    /** Waits for a ticker's opening burst: the first update, then until it has a bid and an ask or a moment passes. */
    private static void settle(Ticker ticker) {
        TickerSnapshot first = ticker.awaitUpdate(0, FIRST_QUOTE);
        long deadline = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        TickerSnapshot now = first;
        while ((now.bid().isEmpty() || now.ask().isEmpty() || now.last().isEmpty()) && System.nanoTime() < deadline) {
            now = ticker.awaitUpdate(now.updates(), Duration.ofNanos(deadline - System.nanoTime()));
        }
    }

    private static Map<String, TickerSnapshot> snapshots(Map<String, Ticker> tickers) {
        Map<String, TickerSnapshot> snapshots = new LinkedHashMap<>();
        tickers.forEach((symbol, ticker) -> snapshots.put(symbol, ticker.snapshot()));
        return snapshots;
    }

    /** Prints the table (or JSON) and returns how many lines it took. */
    private int print(PrintWriter out, Style style, Map<String, TickerSnapshot> quotes, boolean live) {
        if (json) {
            ArrayNode array = JsonOutput.array();
            quotes.forEach((symbol, quote) -> array.add(json(symbol, quote)));
            if (live) {
                JsonOutput.printLine(out, array);
            } else {
                JsonOutput.print(out, array);
            }
            return 0;
        }
        List<String> lines = new ArrayList<>();
        lines.add(style.bold(String.format(Locale.ROOT, "%-9s %12s %8s %12s %8s %12s %8s %12s", "SYMBOL", "BID", "SIZE", "ASK",
                "SIZE", "LAST", "CHANGE", "VOLUME")));
        quotes.forEach((symbol, quote) -> lines.add(row(style, symbol, quote)));
        if (live) {
            lines.add(style.dim("as of " + LocalTime.now(ZoneId.systemDefault()).format(CLOCK)
                    + (style.isTerminal() ? "  (Ctrl-C to stop)" : "")));
        }
        for (String line : lines) {
            out.print(line + (style.isTerminal() ? "\u001b[K" : "") + System.lineSeparator());
        }
        out.flush();
        return lines.size();
    }

    private static String row(Style style, String symbol, TickerSnapshot quote) {
        String change = "";
        if (quote.last().isPresent() && quote.close().isPresent() && quote.close().getAsDouble() != 0) {
            double percent = 100 * (quote.last().getAsDouble() / quote.close().getAsDouble() - 1);
            String text = String.format(Locale.ROOT, "%+.2f%%", percent);
            change = percent > 0 ? style.green(text) : percent < 0 ? style.red(text) : text;
            change = " ".repeat(Math.max(0, 8 - text.length())) + change;
        } else {
            change = String.format("%8s", "");
        }
        return String.format(Locale.ROOT, "%-9s %12s %8s %12s %8s %12s %s %12s", symbol,
                Numbers.price(quote.bid()), Numbers.size(quote.bidSize()), Numbers.price(quote.ask()), Numbers.size(quote.askSize()),
                Numbers.price(quote.last()), change, Numbers.size(quote.volume()));
    }

    private static ObjectNode json(String symbol, TickerSnapshot quote) {
        ObjectNode node = JsonOutput.object();
        node.put("symbol", symbol);
        quote.bid().ifPresent(value -> node.put("bid", value));
        quote.bidSize().ifPresent(value -> node.put("bidSize", value));
        quote.ask().ifPresent(value -> node.put("ask", value));
        quote.askSize().ifPresent(value -> node.put("askSize", value));
        quote.last().ifPresent(value -> node.put("last", value));
        quote.lastSize().ifPresent(value -> node.put("lastSize", value));
        quote.close().ifPresent(value -> node.put("close", value));
        quote.volume().ifPresent(value -> node.put("volume", value));
        quote.marketDataType().ifPresent(type -> node.put("marketDataType", type.name()));
        return node;
    }
}
