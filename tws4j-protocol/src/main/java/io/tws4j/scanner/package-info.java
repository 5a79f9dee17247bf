/**
 * Market scanners: the scan codes, instruments, locations and filters TWS offers
 * ({@link io.tws4j.scanner.ScannerParameters}, parsed from TWS's XML), a scanner subscription
 * ({@link io.tws4j.scanner.ScannerSubscription}) and the ranked rows each scan returns
 * ({@link io.tws4j.scanner.ScanResult}). Pure values: nothing here does I/O.
 *
 * <p>Everything is non-null unless documented otherwise; absence is an empty string, an empty
 * collection, or an {@link java.util.Optional} / {@link java.util.OptionalDouble}, as each field documents.
 */
package io.tws4j.scanner;
