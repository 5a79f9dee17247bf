/** Encoders and decoders of the contract and reference-data messages, shared by the client and the simulated gateway. */
package io.tws4j.contracts.codec;
