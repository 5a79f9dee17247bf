package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.client.accounts.PortfolioSnapshot;
import io.tws4j.client.accounts.PortfolioView;
import io.tws4j.client.marketdata.OrderBook;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.OrderBookSnapshot;
import io.tws4j.marketdata.TickerSnapshot;
import io.tws4j.orders.OrderStatus;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataTypeRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What state built from a stream does across a reconnect, through both surfaces: a ticker, an
 * order book and a portfolio view stay the same objects and keep working; bars kept up to date
 * backfill the gap; the market data type is set again before any stream resumes.
 */
class ResumeViewsIT {
    private static final Contract AAPL = Contract.stock("AAPL").build();

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(10));

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void aTickerAndAnOrderBookStayTheSameObjectsAndTheBookIsRebuilt(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build());
             Ticker ticker = surface.ticker(client, AAPL);
             OrderBook book = surface.orderBook(client, AAPL, 5, true)) {
            TickerSnapshot quote = ticker.awaitUpdate(0, TestOptions.WAIT);
            OrderBookSnapshot rows = awaitFullBook(book, 0);
            int tickerId = ticker.requestId();
            int bookId = book.requestId();

            gateway.get().inject(Fault.disconnect());

            await().atMost(TestOptions.WAIT).until(() -> ticker.requestId() != tickerId && book.requestId() != bookId);
            TickerSnapshot resumedQuote = ticker.awaitUpdate(ticker.snapshot().updates(), TestOptions.WAIT);
            assertThat(resumedQuote.updates()).isGreaterThan(quote.updates());
            assertThat(resumedQuote.bid()).isPresent();
            // rebuilt from the new request's rows on an emptied book: never more rows than asked for
            OrderBookSnapshot rebuilt = awaitFullBook(book, rows.updates());
            assertThat(rebuilt.bids()).hasSizeLessThanOrEqualTo(5);
            assertThat(rebuilt.asks()).hasSizeLessThanOrEqualTo(5);
            assertThat(ticker.isActive()).isTrue();
            assertThat(book.isActive()).isTrue();
            assertThat(ticker.interruptedSince()).isEmpty();
            assertThat(book.interruptedSince()).isEmpty();
            List<Integer> depthIds = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                depthIds.add(Gaps.requestId(gateway.get().takeRequest(OutMessage.REQ_MKT_DEPTH, TestOptions.WAIT).orElseThrow()));
            }
            assertThat(depthIds).containsExactly(bookId, book.requestId());
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aPortfolioViewStaysTheSameObjectAndFollowsChangesAfterTheReconnect(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);
            try (PortfolioView view = trading.portfolio("")) {
                assertThat(view.snapshot().positions()).isEmpty();
                gateway.get().takeRequest(OutMessage.REQ_POSITIONS, TestOptions.WAIT).orElseThrow();

                gateway.get().inject(Fault.disconnect());

                gateway.get().takeRequest(OutMessage.REQ_POSITIONS, TestOptions.WAIT).orElseThrow();
                gateway.get().takeRequest(OutMessage.REQ_ACCT_DATA, TestOptions.WAIT).orElseThrow();
                await().atMost(TestOptions.WAIT).until(client::isConnected);
                try (Trading.Watched bought = trading.place(Markets.aapl(), o -> o.buy(25).market())) {
                    assertThat(bought.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                }
                await().atMost(TestOptions.WAIT).untilAsserted(() -> {
                    PortfolioSnapshot now = view.snapshot();
                    assertThat(now.position(Markets.AAPL_CONID)).isEqualByComparingTo(new BigDecimal("25"));
                    assertThat(now.portfolio()).singleElement().satisfies(entry -> assertThat(entry.position()).isEqualByComparingTo("25"));
                });
                assertThat(view.isLive()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void theMarketDataTypeIsSetAgainBeforeAnyStreamResumes(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            surface.switchMarketDataType(client, MarketDataType.DELAYED);
            try (Subscription<io.tws4j.marketdata.Tick> ticks = surface.ticks(client, AAPL, false);
                 OrderBook book = surface.orderBook(client, AAPL, 3, true)) {
                ticks.next(TestOptions.WAIT).orElseThrow();
                book.awaitUpdate(0, TestOptions.WAIT);
                drain(gateway.get());

                gateway.get().inject(Fault.disconnect());

                List<OutMessage> sent = new ArrayList<>();
                while (!sent.contains(OutMessage.REQ_MKT_DATA) || !sent.contains(OutMessage.REQ_MKT_DEPTH)) {
                    RecordedRequest request = gateway.get().takeRequest(TestOptions.WAIT).orElseThrow();
                    sent.add(request.message());
                    if (request.message() == OutMessage.REQ_MARKET_DATA_TYPE) {
                        assertThat(request.body(MarketDataTypeRequest.class).getMarketDataType()).isEqualTo(3);
                    }
                }
                assertThat(sent).contains(OutMessage.REQ_MARKET_DATA_TYPE);
                assertThat(sent.indexOf(OutMessage.REQ_MARKET_DATA_TYPE))
                        .isLessThan(sent.indexOf(OutMessage.REQ_MKT_DATA))
                        .isLessThan(sent.indexOf(OutMessage.REQ_MKT_DEPTH));
            }
        }
    }

    private static OrderBookSnapshot awaitFullBook(OrderBook book, long seenUpdates) {
        OrderBookSnapshot snapshot = book.awaitUpdate(seenUpdates, TestOptions.WAIT);
        long deadline = System.nanoTime() + TestOptions.WAIT.toNanos();
        while ((snapshot.bids().isEmpty() || snapshot.asks().isEmpty()) && System.nanoTime() < deadline) {
            snapshot = book.awaitUpdate(snapshot.updates(), TestOptions.WAIT);
        }
        assertThat(snapshot.bids()).isNotEmpty();
        assertThat(snapshot.asks()).isNotEmpty();
        return snapshot;
    }

    static void drain(SimulatedGateway gateway) {
        while (gateway.takeRequest(Duration.ZERO).isPresent()) {
            // forget what was sent so far
        }
    }
}
