/** The simulated gateway's display groups. */
package io.tws4j.simulator.displaygroups;
