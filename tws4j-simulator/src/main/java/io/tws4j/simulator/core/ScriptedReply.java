package io.tws4j.simulator.core;

import com.google.protobuf.Message;
import io.tws4j.protocol.wire.OutMessage;
import java.util.List;
import java.util.function.Function;

/** A queued answer to the next request of one kind, sent instead of the gateway's own handler's. */
public record ScriptedReply(OutMessage request, Function<Message, List<byte[]>> frames, double framesPerSecond,
                            ReplayProgress progress) {}
