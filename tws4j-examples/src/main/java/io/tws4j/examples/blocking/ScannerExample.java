package io.tws4j.examples.blocking;

import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScanRow;
import io.tws4j.scanner.ScannerParameters;

/**
 * Lists a few of the scans TWS offers, then takes one result of the top percentage gainers
 * among US stocks above $5, and closes the subscription. Argument: {@code [host:port]}.
 */
public final class ScannerExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            ScannerParameters parameters = client.scannerParameters();
            System.out.println("TWS offers " + parameters.scanCodes().size() + " scans, e.g. "
                    + parameters.scanCodes().stream().limit(3).toList());
            try (Subscription<ScanResult> gainers = client.scannerSubscription(ScanCode.TOP_PERC_GAIN)
                    .instrument("STK").location("STK.US.MAJOR").abovePrice(5).rows(5)
                    .subscribe()) {
                ScanResult result = gainers.data().iterator().next();
                System.out.println("Top % gainers, US stocks above $5:");
                for (ScanRow row : result.rows()) {
                    System.out.println("  " + (row.rank() + 1) + ". " + row.contract().symbol());
                }
            }
        }
    }
}
