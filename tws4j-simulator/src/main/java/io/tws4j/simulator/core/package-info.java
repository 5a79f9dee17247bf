/**
 * The gateway's machinery: listener, client sessions, the shared engine and request handlers.
 * Exported only so that domain handlers and tests can use it; not a stable API.
 */
package io.tws4j.simulator.core;
