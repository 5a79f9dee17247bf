/**
 * The simulated gateway's market scanner: the scanner parameters XML describing what it can
 * scan, and scans over the stocks of the instrument universe, ranked by the market model's day
 * so far (percent change, volume, gaps, ranges ...), re-run for each subscription every 30
 * seconds of gateway time.
 */
package io.tws4j.simulator.scanner;
