/** Encoders and decoders of the session messages, shared by the client and the simulated gateway. */
package io.tws4j.connection.codec;
