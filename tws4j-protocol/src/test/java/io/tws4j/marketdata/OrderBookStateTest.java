package io.tws4j.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The order book kept from depth updates: inserts shift rows down, deletes shift them up, gaps never fail. */
class OrderBookStateTest {

    @Test
    void insertsUpdatesAndDeletesKeepEachSideInOrder() {
        OrderBookState book = new OrderBookState();
        book.apply(row(0, DepthOperation.INSERT, DepthSide.BID, 100.00, 300));
        book.apply(row(1, DepthOperation.INSERT, DepthSide.BID, 99.99, 200));
        book.apply(row(0, DepthOperation.INSERT, DepthSide.ASK, 100.01, 400));
        book.apply(row(0, DepthOperation.INSERT, DepthSide.BID, 100.005, 100));
        book.apply(row(2, DepthOperation.UPDATE, DepthSide.BID, 99.99, 250));
        book.apply(row(1, DepthOperation.DELETE, DepthSide.BID, 100.00, 300));

        OrderBookSnapshot snapshot = book.snapshot();
        assertThat(snapshot.bids()).extracting(BookLevel::price).containsExactly(100.005, 99.99);
        assertThat(snapshot.bids().get(1).size()).isEqualTo(BigDecimal.valueOf(250));
        assertThat(snapshot.bestAsk().orElseThrow().price()).isEqualTo(100.01);
        assertThat(snapshot.updates()).isEqualTo(6);
    }

    @Test
    void updatesAndDeletesOfRowsItDoesNotHaveAreIgnoredAndClearEmpties() {
        OrderBookState book = new OrderBookState();
        book.apply(row(5, DepthOperation.DELETE, DepthSide.ASK, 1, 1));
        book.apply(row(3, DepthOperation.UPDATE, DepthSide.ASK, 1, 1));
        book.apply(row(7, DepthOperation.INSERT, DepthSide.ASK, 101, 5));
        assertThat(book.snapshot().asks()).extracting(BookLevel::price).containsExactly(101.0);

        book.clear();

        assertThat(book.snapshot().asks()).isEmpty();
        assertThat(book.snapshot().bestBid()).isEmpty();
    }

    private static DepthUpdate row(int position, DepthOperation operation, DepthSide side, double price, long size) {
        return new DepthUpdate(1, position, operation, side, price, BigDecimal.valueOf(size), "NSDQ", true);
    }
}
