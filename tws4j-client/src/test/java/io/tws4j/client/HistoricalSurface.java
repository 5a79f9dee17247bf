package io.tws4j.client;


import io.tws4j.client.historical.HistoricalDataQuery;
import io.tws4j.client.historical.HistoricalTicksQuery;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistogramEntry;
import io.tws4j.historical.HistogramPeriod;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.HistoricalSchedule;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.historical.WhatToShow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The two surfaces a historical scenario runs through: the blocking client as it is, or its async
 * view waited on here (bounded), each future's failure rethrown as the exception the caller would
 * see; streams read from a {@link Subscription} or from a {@link Feed}'s subscriber.
 */
enum HistoricalSurface {
    BLOCKING {
        @Override
        HistoricalBars fetch(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe) {
            HistoricalDataQuery<HistoricalBars, Subscription<BarUpdate>> query = client.historicalData(contract, size);
            describe.accept(query);
            return query.fetch();
        }

        @Override
        void giveUpOnFetch(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe,
                           Runnable untilSent) {
            interruptAfter(() -> fetch(client, contract, size, describe), untilSent);
        }

        @Override
        void giveUpOnTicks(TwsClient client, Contract contract, Kind kind, Consumer<HistoricalTicksQuery<?, ?, ?>> describe,
                           Runnable untilSent) {
            interruptAfter(() -> ticks(client, contract, kind, describe), untilSent);
        }

        /** Runs a blocking call on a thread of its own and interrupts it once {@code untilSent} returns. */
        private void interruptAfter(Runnable call, Runnable untilSent) {
            CompletableFuture<TwsException> outcome = new CompletableFuture<>();
            Thread waiting = Thread.ofVirtual().start(() -> {
                try {
                    call.run();
                    outcome.complete(null);
                } catch (TwsException e) {
                    outcome.complete(e);
                }
            });
            untilSent.run();
            waiting.interrupt();
            if (!(Futures.await(outcome) instanceof RequestInterruptedException)) {
                throw new AssertionError("the interrupted call did not end with a RequestInterruptedException");
            }
        }

        @Override
        BarStream keepUpToDate(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe) {
            HistoricalDataQuery<HistoricalBars, Subscription<BarUpdate>> query = client.historicalData(contract, size);
            describe.accept(query);
            Subscription<BarUpdate> subscription = query.keepUpToDate();
            return new BarStream() {
                @Override
                public List<BarUpdate> take(int count) {
                    List<BarUpdate> updates = new ArrayList<>();
                    long deadline = System.nanoTime() + TestOptions.WAIT.toNanos();
                    while (updates.size() < count && System.nanoTime() < deadline) {
                        subscription.next(Duration.ofMillis(200)).ifPresent(item -> {
                            if (item instanceof StreamItem.Data<BarUpdate>(BarUpdate update)) {
                                updates.add(update);
                            }
                        });
                    }
                    return updates;
                }

                /** Reads what is buffered; done once the stream has ended and nothing is left. */
                @Override
                public boolean isDone() {
                    while (subscription.tryNext().isPresent()) {
                        // updates that arrived before the stream ended
                    }
                    return subscription.isDone();
                }

                @Override
                public void close() {
                    subscription.close();
                }
            };
        }

        @Override
        <T> T ticks(TwsClient client, Contract contract, Kind kind, Consumer<HistoricalTicksQuery<?, ?, ?>> describe) {
            HistoricalTicksQuery<List<HistoricalTrade>, List<HistoricalMidpoint>, List<HistoricalBidAsk>> query = client.historicalTicks(contract);
            describe.accept(query);
            return kind.terminal(query);
        }

        @Override
        Instant headTimestamp(TwsClient client, Contract contract, WhatToShow whatToShow, MarketHours hours) {
            return client.headTimestamp(contract, whatToShow, hours);
        }

        @Override
        List<HistogramEntry> histogram(TwsClient client, Contract contract, MarketHours hours, HistogramPeriod period) {
            return client.histogram(contract, hours, period);
        }

        @Override
        HistoricalSchedule schedule(TwsClient client, Contract contract, HistoricalDuration duration, Optional<Instant> end) {
            return end.isPresent() ? client.historicalSchedule(contract, duration, end.get(), MarketHours.REGULAR)
                    : client.historicalSchedule(contract, duration);
        }
    },
    ASYNC {
        @Override
        HistoricalBars fetch(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe) {
            return Futures.await(fetchLater(client, contract, size, describe));
        }

        @Override
        void giveUpOnFetch(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe,
                           Runnable untilSent) {
            cancelAfter(fetchLater(client, contract, size, describe), untilSent);
        }

        @Override
        void giveUpOnTicks(TwsClient client, Contract contract, Kind kind, Consumer<HistoricalTicksQuery<?, ?, ?>> describe,
                           Runnable untilSent) {
            HistoricalTicksQuery<CompletableFuture<List<HistoricalTrade>>, CompletableFuture<List<HistoricalMidpoint>>,
                    CompletableFuture<List<HistoricalBidAsk>>> query = client.async().historicalTicks(contract);
            describe.accept(query);
            cancelAfter(kind.terminal(query), untilSent);
        }

        private static void cancelAfter(CompletableFuture<?> future, Runnable untilSent) {
            untilSent.run();
            if (!future.cancel(true)) {
                throw new AssertionError("the request was over before it was cancelled");
            }
        }

        private CompletableFuture<HistoricalBars> fetchLater(TwsClient client, Contract contract, BarSize size,
                                                             Consumer<HistoricalDataQuery<?, ?>> describe) {
            HistoricalDataQuery<CompletableFuture<HistoricalBars>, Feed<BarUpdate>> query = client.async().historicalData(contract, size);
            describe.accept(query);
            return query.fetch();
        }

        @Override
        BarStream keepUpToDate(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe) {
            HistoricalDataQuery<CompletableFuture<HistoricalBars>, Feed<BarUpdate>> query = client.async().historicalData(contract, size);
            describe.accept(query);
            RecordingSubscriber<BarUpdate> subscriber = new RecordingSubscriber<>(Long.MAX_VALUE);
            query.keepUpToDate().data().subscribe(subscriber);
            return new BarStream() {
                private volatile boolean cancelled;

                @Override
                public List<BarUpdate> take(int count) {
                    org.awaitility.Awaitility.await().atMost(TestOptions.WAIT).until(() -> subscriber.items().size() >= count || subscriber.isDone());
                    if (subscriber.error() instanceof TwsException error) {
                        throw error;
                    }
                    return subscriber.items().subList(0, Math.min(count, subscriber.items().size()));
                }

                /** A cancelled subscription gets no more signals (Reactive Streams rule 3.6), so it is done. */
                @Override
                public boolean isDone() {
                    return cancelled || subscriber.isDone();
                }

                @Override
                public void close() {
                    cancelled = true;
                    subscriber.cancel();
                }
            };
        }

        @Override
        <T> T ticks(TwsClient client, Contract contract, Kind kind, Consumer<HistoricalTicksQuery<?, ?, ?>> describe) {
            HistoricalTicksQuery<CompletableFuture<List<HistoricalTrade>>, CompletableFuture<List<HistoricalMidpoint>>,
                    CompletableFuture<List<HistoricalBidAsk>>> query = client.async().historicalTicks(contract);
            describe.accept(query);
            return Futures.await(kind.terminal(query));
        }

        @Override
        Instant headTimestamp(TwsClient client, Contract contract, WhatToShow whatToShow, MarketHours hours) {
            return Futures.await(client.async().headTimestamp(contract, whatToShow, hours));
        }

        @Override
        List<HistogramEntry> histogram(TwsClient client, Contract contract, MarketHours hours, HistogramPeriod period) {
            return Futures.await(client.async().histogram(contract, hours, period));
        }

        @Override
        HistoricalSchedule schedule(TwsClient client, Contract contract, HistoricalDuration duration, Optional<Instant> end) {
            return Futures.await(end.isPresent() ? client.async().historicalSchedule(contract, duration, end.get(), MarketHours.REGULAR)
                    : client.async().historicalSchedule(contract, duration));
        }
    };

    /** The three kinds of tick, as terminals of a ticks query. */
    enum Kind {
        TRADES, MIDPOINTS, BID_ASK;

        @SuppressWarnings("unchecked")
        <T> T terminal(HistoricalTicksQuery<?, ?, ?> query) {
            return (T) switch (this) {
                case TRADES -> query.trades();
                case MIDPOINTS -> query.midpoints();
                case BID_ASK -> query.bidAsk();
            };
        }
    }

    /** A stream of bar updates, read the same way on both surfaces. */
    interface BarStream extends AutoCloseable {
        /** Waits (bounded) for the first {@code count} updates; fewer if the stream ends. */
        List<BarUpdate> take(int count);

        /** Returns whether the stream has ended: nothing more will come. */
        boolean isDone();

        @Override
        void close();
    }

    abstract HistoricalBars fetch(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe);

    /**
     * Returns a client id for a scenario on this surface: a gateway shared by a test class may
     * not have let go of the id the other surface's run just closed.
     */
    int clientId(int scenario) {
        return scenario * 10 + ordinal();
    }

    /** Fetches while {@code meanwhile} runs on a thread of its own, e.g. to act on the request the gateway received. */
    HistoricalBars fetch(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe,
                         Runnable meanwhile) {
        CompletableFuture<Void> side = CompletableFuture.runAsync(meanwhile);
        HistoricalBars bars = fetch(client, contract, size, describe);
        Futures.await(side);
        return bars;
    }

    /**
     * Starts a fetch and gives up on it once {@code untilSent} returns: the blocking caller is
     * interrupted, the asynchronous future cancelled.
     */
    abstract void giveUpOnFetch(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe,
                                Runnable untilSent);

    /** Starts a ticks query and gives up on it once {@code untilSent} returns, as {@link #giveUpOnFetch} does. */
    abstract void giveUpOnTicks(TwsClient client, Contract contract, Kind kind, Consumer<HistoricalTicksQuery<?, ?, ?>> describe,
                                Runnable untilSent);

    abstract BarStream keepUpToDate(TwsClient client, Contract contract, BarSize size, Consumer<HistoricalDataQuery<?, ?>> describe);

    abstract <T> T ticks(TwsClient client, Contract contract, Kind kind, Consumer<HistoricalTicksQuery<?, ?, ?>> describe);

    abstract Instant headTimestamp(TwsClient client, Contract contract, WhatToShow whatToShow, MarketHours hours);

    abstract List<HistogramEntry> histogram(TwsClient client, Contract contract, MarketHours hours, HistogramPeriod period);

    abstract HistoricalSchedule schedule(TwsClient client, Contract contract, HistoricalDuration duration, Optional<Instant> end);
}
