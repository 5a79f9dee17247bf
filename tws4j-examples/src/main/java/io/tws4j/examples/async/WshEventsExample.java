package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.wsh.WshEvent;
import io.tws4j.wsh.WshEventTypes;
import java.time.LocalDate;
import java.util.Map;

/**
 * Asks Wall Street Horizon for its metadata, then for the earnings dates of AAPL and MSFT by a
 * filter, asynchronously. Argument: {@code [host:port]}.
 */
public final class WshEventsExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                LocalDate today = LocalDate.now();
                client.wshMetadata()
                        .thenCompose(metadata -> client.wshEventData()
                                .withFilter("{\"watchlist\": [\"265598\", \"272093\"], \"wshe_ed\": \"true\"}")
                                .between(today, today.plusYears(1)).fetch())
                        .thenAccept(events -> events.ofType(WshEventTypes.EARNINGS_DATE).forEach(event -> System.out.println(
                                "Earnings date: " + company(event) + " " + event.date().orElseThrow())))
                        .join();
            }
        }
    }

    /** The company's name, from the event data's {@code company} object. */
    private static String company(WshEvent event) {
        return event.data().get("company") instanceof Map<?, ?> company && company.get("contract_description") instanceof String name
                ? name : "?";
    }
}
