package io.tws4j.examples.blocking;

import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickType;

/**
 * The raw-protocol blog post's request, in tws4j: market data for BTC (CRYPTO on PAXOS, in USD),
 * printing the first last price; crypto sizes stay exact decimals. Argument: {@code [host:port]}.
 */
public final class BitcoinLastPriceExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100);
             Subscription<Tick> ticks = client.marketData(Contract.crypto("BTC").build()).subscribe()) {
            for (Tick tick : ticks.data()) {
                if (tick instanceof PriceTick price && price.type() == TickType.LAST) {
                    System.out.println("Price: " + price.price() + " USD, size " + price.size().toPlainString() + " BTC");
                    break;
                }
            }
        }
    }
}
