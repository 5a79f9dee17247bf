/**
 * The engine behind both surfaces: connection, reader, router, request lanes, reconnects and
 * the stream buffers. Not exported; domain packages build their requests from its specs.
 */
package io.tws4j.client.core;
