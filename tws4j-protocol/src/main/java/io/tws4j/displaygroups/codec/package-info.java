/** Encoders and decoders of the display-group messages, shared by the client and the simulated gateway. */
package io.tws4j.displaygroups.codec;
