package io.tws4j.examples.blocking;

import io.tws4j.client.TwsClient;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshEventTypes;
import java.time.LocalDate;

/**
 * Asks Wall Street Horizon for its metadata (TWS expects it first), then for AAPL's events over
 * the next half year, and prints the next earnings date. Argument: {@code [host:port]}.
 */
public final class WshEventsExample {
    private static final int AAPL = 265598;

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            System.out.println("WSH event types: " + client.wshMetadata().eventTypes().size());
            LocalDate today = LocalDate.now();
            WshEventData events = client.wshEventData().forContract(AAPL).between(today, today.plusMonths(6)).fetch();
            System.out.println(events.events().size() + " AAPL events in the next six months");
            events.next(WshEventTypes.EARNINGS_DATE, today).ifPresent(earnings -> System.out.println(
                    "Next AAPL earnings: " + earnings.date().orElseThrow() + " " + earnings.text("time_of_day").orElse("")));
        }
    }
}
