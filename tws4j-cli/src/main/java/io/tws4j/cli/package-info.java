/** The {@code tws4j} command line. */
package io.tws4j.cli;
