/** Encoders and decoders of the order and execution messages, shared by the client and the simulated gateway. */
package io.tws4j.orders.codec;
