/**
 * Wall Street Horizon corporate events through both surfaces: {@link io.tws4j.client.wsh.WshApi}
 * and {@link io.tws4j.client.wsh.AsyncWshApi}, with the fluent
 * {@link io.tws4j.client.wsh.WshEventDataQuery} shared by the two.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.wsh;
