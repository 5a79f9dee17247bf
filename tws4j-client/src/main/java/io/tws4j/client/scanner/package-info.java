/**
 * Market scanners through both surfaces: {@link io.tws4j.client.scanner.ScannerApi} and
 * {@link io.tws4j.client.scanner.AsyncScannerApi}, with the fluent
 * {@link io.tws4j.client.scanner.ScannerSubscriptionQuery} shared by the two.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.scanner;
