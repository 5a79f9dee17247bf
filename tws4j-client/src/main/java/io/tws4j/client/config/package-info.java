/**
 * The TWS configuration through both surfaces: {@link io.tws4j.client.config.ConfigApi} and
 * {@link io.tws4j.client.config.AsyncConfigApi}, reading it (server version 219) and updating
 * it with a {@link io.tws4j.client.config.ConfigUpdateQuery} (server version 221).
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.config;
