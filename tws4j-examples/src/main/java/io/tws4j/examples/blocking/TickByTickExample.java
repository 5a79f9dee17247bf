package io.tws4j.examples.blocking;

import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.BidAskTick;
import io.tws4j.marketdata.TradeTick;

/** Tick-by-tick data of AAPL: its five most recent trades first, then a live one, and two quote changes. Argument: {@code [host:port]}. */
public final class TickByTickExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            Contract aapl = Contract.stock("AAPL").build();
            try (Subscription<TradeTick> trades = client.tickByTick(aapl).historicalTicks(5).allLast()) {
                int seen = 0;
                for (TradeTick trade : trades.data()) {
                    System.out.println("Trade: " + trade.size().toPlainString() + " @ " + trade.price() + " on " + trade.exchange()
                            + " at " + trade.time());
                    if (++seen == 6) {
                        break;
                    }
                }
            }
            try (Subscription<BidAskTick> quotes = client.tickByTick(aapl).bidAsk()) {
                int seen = 0;
                for (BidAskTick quote : quotes.data()) {
                    System.out.println("Quote: " + quote.bidPrice() + " / " + quote.askPrice());
                    if (++seen == 2) {
                        break;
                    }
                }
            }
        }
    }
}
