package io.tws4j.cli.demo;

import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.client.TwsException;
import io.tws4j.client.marketdata.OrderBook;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.BookLevel;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.OrderBookSnapshot;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.RealTimeBar;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickType;
import io.tws4j.marketdata.TickerSnapshot;
import io.tws4j.marketdata.TradeTick;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Real-time market data: the blog post's bitcoin request, AAPL and NVDA five-second bars side by
 * side, and a ticker, an order book and tick-by-tick trades of AAPL. Every wait is bounded, so a
 * closed market shortens a section instead of stalling the demo.
 */
final class MarketDataStep implements DemoStep {
    private static final Duration WAIT = Duration.ofSeconds(6);
    private static final Contract AAPL = Contract.stock("AAPL").build();
    private static final Contract NVDA = Contract.stock("NVDA").build();
    private static final DateTimeFormatter NEW_YORK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.of("America/New_York"));
    private static final int BAR_ROWS = 3;

    @Override
    public String title() {
        return "Real-time market data";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        section(out, "BTC on PAXOS", () -> bitcoin(client, out));
        boolean[] open = {false};
        section(out, "AAPL ticker", () -> open[0] = ticker(client, out));
        if (!open[0]) {
            out.line("(the US stock market is closed: no bars, book or trades to show; try --start with a weekday's 15:00Z)");
            return;
        }
        section(out, "AAPL and NVDA bars", () -> barsSideBySide(client, out));
        section(out, "AAPL order book", () -> orderBook(client, out));
        section(out, "AAPL trades", () -> trades(client, out));
    }

    /** Runs one section; a refusal (a real TWS without the subscription, say) is shown and the demo goes on. */
    private static void section(DemoOutput out, String label, Runnable section) {
        try {
            section.run();
        } catch (TwsException e) {
            out.fact(label, "unavailable: " + e.getMessage());
        }
    }

    /** BTC CRYPTO on PAXOS in USD, last price: the raw-protocol blog post's request. */
    private static void bitcoin(TwsClient client, DemoOutput out) {
        try (Subscription<Tick> btc = client.marketData(Contract.crypto("BTC").build()).subscribe()) {
            Optional<PriceTick> last = nextPrice(btc, TickType.LAST);
            out.fact("BTC on PAXOS", last.map(tick -> "last " + DemoFormat.price(tick.price()) + " USD"
                    + (tick.size() == null ? "" : ", size " + DemoFormat.size(tick.size()) + " BTC")).orElse("no trade yet"));
        }
    }

    /** Two streams read in step, as the seed README zips two iterators. */
    private static void barsSideBySide(TwsClient client, DemoOutput out) {
        out.line("AAPL and NVDA five-second bars (open high low close volume), side by side:");
        try (Subscription<RealTimeBar> aapl = client.realTimeBars(AAPL).tradingHours(Hours.EXTENDED).subscribe();
             Subscription<RealTimeBar> nvda = client.realTimeBars(NVDA).tradingHours(Hours.EXTENDED).subscribe()) {
            for (int row = 0; row < BAR_ROWS; row++) {
                Optional<RealTimeBar> left = nextData(aapl);
                Optional<RealTimeBar> right = nextData(nvda);
                if (left.isEmpty() || right.isEmpty()) {
                    out.line("  (no bars: the market is closed)");
                    return;
                }
                out.line(String.format("  %s  AAPL %s  |  NVDA %s", NEW_YORK_TIME.format(left.get().time()),
                        bar(left.get()), bar(right.get())));
            }
        }
    }

    /** Prints AAPL's ticker after a few dozen ticks; returns whether the market is open (the ticker has a quote). */
    private static boolean ticker(TwsClient client, DemoOutput out) {
        try (Ticker ticker = client.ticker(AAPL)) {
            // The request's opening burst (parameters, type, quote, last trade, the day) comes at once.
            TickerSnapshot first = ticker.awaitUpdate(ticker.awaitUpdate(0, WAIT).updates() + 5, Duration.ofMillis(500));
            if (first.bid().isEmpty()) {
                out.fact("AAPL ticker", "no quote" + first.last().stream().mapToObj(last -> ", last " + DemoFormat.price(last))
                        .findFirst().orElse(""));
                return false;
            }
            TickerSnapshot later = ticker.awaitUpdate(first.updates() + 20, WAIT);
            out.fact("AAPL ticker", "bid " + DemoFormat.price(later.bid().getAsDouble()) + "  ask "
                    + DemoFormat.price(later.ask().getAsDouble())
                    + later.last().stream().mapToObj(last -> "  last " + DemoFormat.price(last)).findFirst().orElse("")
                    + later.volume().map(volume -> "  volume " + DemoFormat.size(volume)).orElse("")
                    + "  (" + later.updates() + " ticks applied)");
            return true;
        }
    }

    private static void orderBook(TwsClient client, DemoOutput out) {
        try (OrderBook book = client.marketDepth(AAPL, 3).smartDepth().orderBook()) {
            OrderBookSnapshot snapshot = book.awaitUpdate(5, WAIT);
            if (snapshot.bids().isEmpty()) {
                out.fact("AAPL order book", "empty (market closed)");
                return;
            }
            out.line("AAPL order book, SMART depth (bid | ask):");
            for (int row = 0; row < Math.min(snapshot.bids().size(), snapshot.asks().size()); row++) {
                out.line("  " + level(snapshot.bids().get(row)) + "  |  " + level(snapshot.asks().get(row)));
            }
        }
    }

    private static void trades(TwsClient client, DemoOutput out) {
        try (Subscription<TradeTick> trades = client.tickByTick(AAPL).allLast()) {
            for (int i = 0; i < 3; i++) {
                Optional<TradeTick> trade = nextData(trades);
                if (trade.isEmpty()) {
                    out.fact("AAPL trade", "none (market closed)");
                    return;
                }
                out.fact("AAPL trade", NEW_YORK_TIME.format(trade.get().time()) + "  "
                        + DemoFormat.size(trade.get().size()) + " @ " + DemoFormat.price(trade.get().price()) + " on "
                        + trade.get().exchange());
            }
        }
    }

    private static Optional<PriceTick> nextPrice(Subscription<Tick> ticks, TickType type) {
        for (Optional<Tick> tick = nextData(ticks); tick.isPresent(); tick = nextData(ticks)) {
            if (tick.get() instanceof PriceTick price && price.type() == type) {
                return Optional.of(price);
            }
        }
        return Optional.empty();
    }

    /** The next data item within the wait, skipping notices. */
    private static <T> Optional<T> nextData(Subscription<T> subscription) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<StreamItem<T>> item = subscription.next(Duration.ofNanos(deadline - System.nanoTime()));
            if (item.isEmpty()) {
                return Optional.empty();
            }
            if (item.get() instanceof StreamItem.Data<T>(T value)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String bar(RealTimeBar bar) {
        return DemoFormat.price(bar.open()) + " " + DemoFormat.price(bar.high()) + " " + DemoFormat.price(bar.low()) + " "
                + DemoFormat.price(bar.close()) + " " + DemoFormat.size(bar.volume());
    }

    private static String level(BookLevel level) {
        return String.format("%-6s %10s x %-6s", level.marketMaker(), DemoFormat.price(level.price()), DemoFormat.size(level.size()));
    }
}
