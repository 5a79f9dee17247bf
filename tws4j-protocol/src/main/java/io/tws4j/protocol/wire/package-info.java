/**
 * The TWS API wire format: the handshake, frames of {@code [length][id][body]}, message ids in
 * both directions, server versions, and the named errors for input that breaks these rules.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.protocol.wire;
