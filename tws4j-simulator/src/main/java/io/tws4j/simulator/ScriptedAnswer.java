package io.tws4j.simulator;

import com.google.protobuf.Message;
import io.tws4j.protocol.wire.OutMessage;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An answer to the next request of one kind, given by the test instead of the gateway's own
 * handler: complete frames, built from the request (to carry its request id), sent as fast as
 * possible or at a fixed rate. Queue it with {@link SimulatedGateway#enqueue}.
 *
 * {@snippet :
 * Replay replay = gateway.enqueue(ScriptedAnswer.of(OutMessage.REQ_MKT_DATA,
 *         request -> ticksFor(((MarketDataRequest) request).getReqId())).atRate(50_000));
 * replay.finished().join();
 * }
 *
 * @param request the kind of request to answer
 * @param frames builds the complete frames (length prefix included) from the request
 * @param framesPerSecond the rate to send them at, or 0 for as fast as possible
 */
public record ScriptedAnswer(OutMessage request, Function<Message, List<byte[]>> frames, double framesPerSecond) {

    public ScriptedAnswer {
        Objects.requireNonNull(request);
        Objects.requireNonNull(frames);
        if (framesPerSecond < 0) {
            throw new IllegalArgumentException("rate must not be negative");
        }
    }

    /** Answers with the given frames as fast as possible. */
    public static ScriptedAnswer of(OutMessage request, Function<Message, List<byte[]>> frames) {
        return new ScriptedAnswer(request, frames, 0);
    }

    /** Returns this answer sent at a fixed rate. */
    public ScriptedAnswer atRate(double perSecond) {
        return new ScriptedAnswer(request, frames, perSecond);
    }
}
