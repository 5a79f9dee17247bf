/**
 * Wall Street Horizon (WSH) corporate events: the metadata of event types and filters
 * ({@link io.tws4j.wsh.WshMetadata}), and events (earnings dates, dividends, splits ...) of a
 * contract or of a filter ({@link io.tws4j.wsh.WshEventData}). TWS sends both as JSON; the
 * records keep the text and give a small typed view of it. Pure values: nothing here does I/O.
 *
 * <p>Everything is non-null unless documented otherwise; absence is an empty string, an empty
 * collection or an {@link java.util.Optional}.
 */
package io.tws4j.wsh;
