/** The simulated gateway's news: bulletins. */
package io.tws4j.simulator.news;
