/**
 * Contracts and reference data through both surfaces: {@link io.tws4j.client.contracts.ContractsApi}
 * and {@link io.tws4j.client.contracts.AsyncContractsApi}.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.client.contracts;
