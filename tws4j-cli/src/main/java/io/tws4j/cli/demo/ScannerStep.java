package io.tws4j.cli.demo;

import io.tws4j.client.RequestRejectedException;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScanRow;
import io.tws4j.scanner.ScannerParameters;
import java.time.Duration;

/** The market scanner: what TWS can scan, then the top five percentage gainers among US stocks. */
final class ScannerStep implements DemoStep {

    @Override
    public String title() {
        return "Market scanner";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        ScannerParameters parameters = client.scannerParameters();
        out.fact("scan codes", parameters.scanCodes().size() + ", e.g. " + parameters.scanCodes().stream().limit(4).toList());
        out.fact("locations", parameters.locations().size());
        try (Subscription<ScanResult> gainers = client.scannerSubscription(ScanCode.TOP_PERC_GAIN)
                .instrument("STK").location("STK.US.MAJOR").abovePrice(5).rows(5)
                .subscribe()) {
            gainers.next(Duration.ofSeconds(20)).ifPresentOrElse(item -> {
                if (item instanceof StreamItem.Data<ScanResult>(ScanResult result)) {
                    out.line("top % gainers, US stocks above $5:");
                    result.rows().forEach(row -> out.line("  " + describe(row)));
                    if (result.isEmpty()) {
                        out.line("  (no stock is up)");
                    }
                }
            }, () -> out.line("no scan result within 20 seconds"));
        } catch (RequestRejectedException e) {
            out.line("TWS refused the scan: " + e.getMessage());
        }
    }

    private static String describe(ScanRow row) {
        return (row.rank() + 1) + ". " + row.contract().symbol() + " (conId " + row.contract().conId() + ", "
                + row.marketName() + ")";
    }
}
