/**
 * TWS display groups through both surfaces: {@link io.tws4j.client.displaygroups.DisplayGroupsApi}
 * and {@link io.tws4j.client.displaygroups.AsyncDisplayGroupsApi}.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.displaygroups;
