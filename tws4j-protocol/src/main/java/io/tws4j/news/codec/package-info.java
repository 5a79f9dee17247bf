/** Encoders and decoders of the news messages, shared by the client and the simulated gateway. */
package io.tws4j.news.codec;
