package io.tws4j.simulator.core;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.MessageLite;
import com.google.protobuf.TextFormat;
import com.google.protobuf.WireFormat;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.Frames;
import io.tws4j.protocol.wire.MalformedMessageException;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ProtocolException;
import io.tws4j.protocol.wire.UnexpectedTextFrameException;
import io.tws4j.protocol.wire.UnknownMessageIdException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the session answers a frame whose length it read but which is not a request it can read:
 * an unknown message id, a body that does not decode, or a protobuf request sent as text. Each
 * gets an error, on the request id when one can be read, and the session reads the next frame;
 * only a frame that breaks the framing itself (a length out of range, a stream cut short) ends
 * the session.
 *
 * <p>Inferred, as TWS's answers to such frames are not on record: an unknown id gets the
 * validation error 321, on the request id that field 1 of its protobuf body holds (field 1 is
 * the request id of every id-bearing request), else on -1; a body that does not decode gets
 * 320, TWS's error for a request it cannot read, on the request id if the part that did decode
 * holds it; a protobuf request sent as text gets 321 on -1.
 */
final class UnreadableFrames {
    private static final Logger log = LoggerFactory.getLogger(UnreadableFrames.class);
    private static final int MAX_DESCRIBED = 500;

    private UnreadableFrames() {}

    /** Answers the current frame of {@code reader}, which {@code problem} kept from being read as a request. */
    static void answer(ClientSession session, FrameReader reader, int rawId, ProtocolException problem) throws IOException {
        switch (problem) {
            case UnknownMessageIdException unknown -> unknownMessage(session, reader, rawId);
            case MalformedMessageException malformed -> undecodable(session, rawId, malformed);
            case UnexpectedTextFrameException text -> {
                log.info("client {}: {}", session.clientId(), text.getMessage());
                session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.REQUEST_VALIDATION_FAILED, RequestRejected.validationText(
                        OutMessage.byId(rawId).name(), "this request travels as protobuf at server version "
                                + session.serverVersion() + ", not as text"));
            }
            default -> throw problem;
        }
    }

    private static void unknownMessage(ClientSession session, FrameReader reader, int rawId) throws IOException {
        int id = Frames.isProtobuf(rawId) ? fieldOne(reader.bodyBytes()) : ErrorCodes.NO_REQUEST_ID;
        log.info("client {}: sent message id {}, which the gateway does not know; answering on id {}",
                session.clientId(), rawId, id);
        session.sendError(id, ErrorCodes.REQUEST_VALIDATION_FAILED, RequestRejected.validationText(String.valueOf(rawId),
                "unknown message id " + rawId));
    }

    private static void undecodable(ClientSession session, int rawId, MalformedMessageException malformed) {
        int id = ErrorCodes.NO_REQUEST_ID;
        OutMessage message = OutMessage.byId(rawId - Frames.PROTOBUF_ID_OFFSET);
        if (message != null && message.idField() != OutMessage.IdField.NONE
                && malformed.getCause() instanceof InvalidProtocolBufferException partial
                && partial.getUnfinishedMessage() instanceof Message decoded) {
            FieldDescriptor field = decoded.getDescriptorForType().findFieldByNumber(1);
            if (decoded.hasField(field)) {
                id = (Integer) decoded.getField(field);
            }
        }
        log.info("client {}: {}; answering on id {}", session.clientId(), malformed.getMessage(), id);
        Throwable cause = malformed.getCause() != null ? malformed.getCause() : malformed;
        RequestRejected rejected = RequestRejected.unreadable(String.valueOf(cause));
        session.sendError(id, rejected.code(), rejected.text(id));
    }

    /** Returns field 1 of a protobuf body if it is a varint, the request id of every id-bearing request; else -1. */
    static int fieldOne(byte[] body) {
        CodedInputStream in = CodedInputStream.newInstance(body);
        try {
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                if (WireFormat.getTagFieldNumber(tag) == 1 && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_VARINT) {
                    return in.readInt32();
                }
                if (!in.skipField(tag)) {
                    break;
                }
            }
        } catch (IOException e) {
            // not protobuf after all: no id to name
        }
        return ErrorCodes.NO_REQUEST_ID;
    }

    /** Returns a request on one line for a log, cut to a readable length. */
    static String describe(MessageLite request) {
        String text = request instanceof Message message
                ? TextFormat.printer().emittingSingleLine(true).printToString(message) : request.toString();
        return text.length() <= MAX_DESCRIBED ? text : text.substring(0, MAX_DESCRIBED) + "…";
    }
}
