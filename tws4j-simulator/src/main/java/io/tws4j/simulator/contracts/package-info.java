/**
 * The simulated gateway's instruments and reference data: the instrument universe with realistic
 * contract details, contract matching as TWS does it, and the handler answering contract details,
 * symbol searches, option chains, market rules, SMART components, depth exchanges and option
 * calculations.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.simulator.contracts;
