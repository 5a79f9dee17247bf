/** Asynchronous twins of the blocking recipes. */
package io.tws4j.examples.async;
