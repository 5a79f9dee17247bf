/**
 * The session with a gateway: notices from TWS's error channel and their classification, the
 * gateway's connection time and time zone names.
 *
 * <p>Everything is non-null unless documented otherwise; absence is expressed with {@code Optional}.
 */
package io.tws4j.connection;
