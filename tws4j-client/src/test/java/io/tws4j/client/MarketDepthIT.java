package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.client.marketdata.OrderBook;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.BookLevel;
import io.tws4j.marketdata.DepthOperation;
import io.tws4j.marketdata.DepthUpdate;
import io.tws4j.marketdata.OrderBookSnapshot;
import io.tws4j.marketdata.OrderBookState;
import io.tws4j.protocol.proto.MarketDataProto.CancelMarketDepth;
import io.tws4j.protocol.proto.MarketDataProto.MarketDepthRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Market depth through both surfaces: raw row updates, the kept order book, TWS's limit of three books. */
class MarketDepthIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> MarketHours.open(10));

    private static final Contract AAPL = Contract.stock("AAPL").build();
    private static final Duration QUIET = Duration.ofMillis(40);

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void rowUpdatesBuildTheModelsBook(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            OrderBookState book = new OrderBookState();
            List<DepthUpdate> updates = new ArrayList<>();
            try (Subscription<DepthUpdate> depth = surface.depth(client, AAPL, 5, true)) {
                for (DepthUpdate update : depth.data()) {
                    updates.add(update);
                    book.apply(update);
                    if (updates.size() == 60) {
                        break;
                    }
                }
                // The gateway sends each change of the book in one go; the pause after it is a whole book.
                for (var item = depth.next(QUIET); item.isPresent(); item = depth.next(QUIET)) {
                    book.apply(((StreamItem.Data<DepthUpdate>) item.get()).value());
                }
            }

            assertThat(updates.subList(0, 10)).allSatisfy(update -> assertThat(update.operation()).isEqualTo(DepthOperation.INSERT));
            assertThat(updates).allSatisfy(update -> {
                assertThat(update.smartDepth()).isTrue();
                assertThat(update.marketMaker()).isNotEmpty();
            });
            OrderBookSnapshot snapshot = book.snapshot();
            assertSane(snapshot, 5);
            MarketDepthRequest sent = gateway.get().takeRequest(OutMessage.REQ_MKT_DEPTH, TestOptions.WAIT).orElseThrow()
                    .body(MarketDepthRequest.class);
            assertThat(sent.getNumRows()).isEqualTo(5);
            assertThat(sent.getIsSmartDepth()).isTrue();
            CancelMarketDepth cancel = gateway.get().takeRequest(OutMessage.CANCEL_MKT_DEPTH, TestOptions.WAIT).orElseThrow()
                    .body(CancelMarketDepth.class);
            assertThat(cancel.getReqId()).isEqualTo(sent.getReqId());
            assertThat(cancel.getIsSmartDepth()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void theOrderBookKeepsItselfAndReadsConsistentlyFromAnyThread(MarketDataSurface surface) throws Exception {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build());
             OrderBook book = surface.orderBook(client, Contract.stock("MSFT").onExchange("ARCA").build(), 4, false)) {
            OrderBookSnapshot first = book.awaitUpdate(0, TestOptions.WAIT);
            OrderBookSnapshot later = book.awaitUpdate(first.updates() + 20, TestOptions.WAIT);

            assertThat(later.updates()).isGreaterThan(first.updates());
            assertSane(later, 4);
            assertThat(later.bids()).allSatisfy(row -> assertThat(row.marketMaker()).as("one exchange's book").isEmpty());
            Thread reader = Thread.ofVirtual().start(() -> assertSane(book.snapshot(), 4));
            reader.join();
            assertThat(book.isActive()).isTrue();
            book.close();
            await().atMost(TestOptions.WAIT).until(() -> !book.isActive());
            await().atMost(TestOptions.WAIT).until(() -> gateway.get().marketDataStatus().isIdle());
        }
    }

    @ParameterizedTest
    @EnumSource(MarketDataSurface.class)
    void aFourthContractsBookIsRefusedWith309ButTheSameContractTwiceIsNot(MarketDataSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build());
             OrderBook aapl = surface.orderBook(client, AAPL, 3, true);
             OrderBook aaplAgain = surface.orderBook(client, AAPL, 3, true);
             OrderBook msft = surface.orderBook(client, Contract.stock("MSFT").build(), 3, true);
             OrderBook nvda = surface.orderBook(client, Contract.stock("NVDA").build(), 3, true);
             OrderBook tsla = surface.orderBook(client, Contract.stock("TSLA").build(), 3, true)) {
            assertThatThrownBy(() -> tsla.awaitUpdate(0, TestOptions.WAIT))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                        assertThat(e.code()).isEqualTo(309);
                        assertThat(e.getMessage()).contains("Max number (3) of market depth requests");
                    });
            assertThat(aaplAgain.awaitUpdate(0, TestOptions.WAIT).bids()).isNotEmpty();
            assertThat(gateway.get().marketDataStatus().depthBooks()).isEqualTo(3);
            assertThat(gateway.get().marketDataStatus().depthRequests()).isEqualTo(4);
        }
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 4).build());
             Subscription<DepthUpdate> smartWithoutSmartDepth = surface.depth(client, AAPL, 3, false)) {
            assertThatThrownBy(() -> smartWithoutSmartDepth.next(TestOptions.WAIT))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(10092));
        }
    }

    private static void assertSane(OrderBookSnapshot book, int rows) {
        assertThat(book.bids()).hasSize(rows);
        assertThat(book.asks()).hasSize(rows);
        assertThat(book.bids()).extracting(BookLevel::price).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(book.asks()).extracting(BookLevel::price).isSorted();
        assertThat(book.bestBid().orElseThrow().price()).isLessThan(book.bestAsk().orElseThrow().price());
    }
}
