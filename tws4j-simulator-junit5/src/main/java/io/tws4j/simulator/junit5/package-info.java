/** The JUnit 5 host of the simulated gateway. */
package io.tws4j.simulator.junit5;
