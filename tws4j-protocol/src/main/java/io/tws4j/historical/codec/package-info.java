/** Encoders and decoders of the historical data messages and their date strings, shared by the client and the simulated gateway. */
package io.tws4j.historical.codec;
