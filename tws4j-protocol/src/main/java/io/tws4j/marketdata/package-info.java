/**
 * Real-time market data vocabulary shared by the client and the simulated gateway.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.marketdata;
