/** Encoders and decoders of the account and portfolio messages, shared by the client and the simulated gateway. */
package io.tws4j.accounts.codec;
