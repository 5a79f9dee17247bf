/** Encoders and decoders of the market data messages, shared by the client and the simulated gateway. */
package io.tws4j.marketdata.codec;
