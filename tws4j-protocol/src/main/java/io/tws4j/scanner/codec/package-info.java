/** Encoders and decoders of the market scanner messages, shared by the client and the simulated gateway. */
package io.tws4j.scanner.codec;
