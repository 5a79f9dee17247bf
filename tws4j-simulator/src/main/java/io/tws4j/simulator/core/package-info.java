/**
 * The gateway's machinery: listener, client sessions, the shared engine and request handlers.
 * Exported only so that domain handlers and tests can use it; not a stable API.
 *
 * <p>Threads, the outgoing queue of each session, admission and the lock order every thread
 * follows are described in {@code docs/simulator-engine.md}: in short, sending never blocks,
 * only a session's writer thread writes to its socket and holds no lock while it does, and a
 * session's {@code Outbound} lock is the innermost of all.
 */
package io.tws4j.simulator.core;
