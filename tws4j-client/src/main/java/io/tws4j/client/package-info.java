/**
 * The tws4j client: {@link io.tws4j.client.TwsClient} (blocking) and
 * {@link io.tws4j.client.AsyncTwsClient} (asynchronous) over one connection, their options,
 * streams, and the {@link io.tws4j.client.TwsException} hierarchy.
 *
 * <p>Everything is non-null unless documented otherwise; absence is expressed with {@code Optional}.
 */
package io.tws4j.client;
