package io.tws4j.cli;

import io.tws4j.client.TwsClient;
import io.tws4j.client.orders.OrderHandle;
import io.tws4j.contracts.Contract;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * What an account on the embedded gateway holds when {@code positions}, {@code orders} or
 * {@code account} show it: a second client buys 100 AAPL and 50 MSFT at the market, and leaves
 * two good-till-cancelled limit orders resting 10% away from AAPL's fill. Placed through the
 * wire like any client's orders, so the commands show what the gateway really reports.
 */
final class ExampleActivity {
    static final int CLIENT_ID = 90;
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private ExampleActivity() {}

    static void place(String address) {
        Contract aapl = Contract.stock("AAPL").build();
        try (TwsClient client = TwsClient.connect(address, CLIENT_ID)) {
            double paid;
            try (OrderHandle buy = client.order(aapl).buy(100).market().place()) {
                paid = buy.awaitDone(PATIENCE).averageFillPrice();
            }
            try (OrderHandle buy = client.order(Contract.stock("MSFT").build()).buy(50).market().place()) {
                buy.awaitDone(PATIENCE);
            }
            client.order(aapl).sell(100).limit(cents(paid * 1.1)).goodTillCancel().submit();
            client.order(aapl).buy(100).limit(cents(paid * 0.9)).goodTillCancel().submit();
            client.openOrders(); // a round trip: the gateway has taken both orders before the client leaves
        }
    }

    private static double cents(double price) {
        return BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }
}
