/** The simulated gateway's session requests: start-up messages, time, ids and accounts. */
package io.tws4j.simulator.connection;
