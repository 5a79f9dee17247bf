package io.tws4j.simulator.core;

import com.google.protobuf.Message;

/** Answers one kind of request. Runs on the requesting client's session thread, one request at a time. */
@FunctionalInterface
public interface RequestHandler<M extends Message> {

    void handle(ClientSession session, M request);
}
