/** Encoders and decoders of the configuration messages, shared by the client and the simulated gateway. */
package io.tws4j.config.codec;
