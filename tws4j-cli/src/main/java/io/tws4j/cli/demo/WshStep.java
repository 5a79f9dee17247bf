package io.tws4j.cli.demo;

import io.tws4j.client.RequestRejectedException;
import io.tws4j.client.TwsClient;
import io.tws4j.wsh.WshEvent;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshEventTypes;
import io.tws4j.wsh.WshMetadata;
import java.time.LocalDate;
import java.time.ZoneId;

/** Wall Street Horizon: the event types it offers, and AAPL's next earnings date. */
final class WshStep implements DemoStep {
    private static final int AAPL = 265598;

    @Override
    public String title() {
        return "Wall Street Horizon";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        try {
            WshMetadata metadata = client.wshMetadata();
            out.fact("event types", metadata.eventTypes().size() + ", e.g. "
                    + metadata.eventTypes().stream().limit(3).map(type -> type.displayName()).toList());
            LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
            WshEventData events = client.wshEventData().forContract(AAPL).between(today, today.plusYears(1)).fetch();
            events.next(WshEventTypes.EARNINGS_DATE, today).ifPresentOrElse(
                    earnings -> out.fact("next AAPL earnings", describe(earnings)),
                    () -> out.fact("next AAPL earnings", "none announced within a year"));
        } catch (RequestRejectedException e) {
            out.line("TWS refused: " + e.getMessage() + " (WSH needs IB's Wall Street Horizon subscription)");
        }
    }

    private static String describe(WshEvent earnings) {
        return earnings.date().map(LocalDate::toString).orElse("?") + " " + earnings.text("time_of_day").orElse("")
                + " (" + earnings.text("wshe_earnings_date_status").orElse("status unknown") + ")";
    }
}
