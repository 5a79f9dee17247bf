/**
 * The simulated gateway's TWS configuration: a store per gateway with TWS's defaults, answering
 * configuration reads and applying updates with TWS's validation and warnings.
 */
package io.tws4j.simulator.config;
