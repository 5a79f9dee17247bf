/** Encoders and decoders of the WSH messages and their JSON, shared by the client and the simulated gateway. */
package io.tws4j.wsh.codec;
