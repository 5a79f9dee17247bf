package io.tws4j.simulator.connection;

import io.tws4j.connection.VerifyCompletion;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.VerifyMessageRequest;
import io.tws4j.protocol.proto.ConnectionProto.VerifyRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API verification, which IB keeps for vendor applications: one announces at connect that it
 * will authenticate, holds back START_API, and signs the challenge TWS sends for its request.
 * IB's clients refuse to send a verification request without that announcement.
 *
 * <p>A client that has started the API without announcing it is not a vendor application to
 * TWS, so the simulated gateway ends every verification it attempts at once, unsuccessfully and
 * saying why, as the end-of-verification message allows. Inferred: TWS's text is not public.
 */
final class VerificationHandler {
    static final String NOT_EXPECTED = "API verification is not expected from this client: only a vendor application"
            + " that announced it when connecting, before starting the API, may verify";
    static final String NOTHING_TO_VERIFY = "No API verification is in progress for this client";
    private static final Logger log = LoggerFactory.getLogger(VerificationHandler.class);

    private VerificationHandler() {}

    static void install(GatewayEngine engine) {
        engine.register(OutMessage.VERIFY_REQUEST, VerifyRequest.class, VerificationHandler::request);
        engine.register(OutMessage.VERIFY_MESSAGE, VerifyMessageRequest.class, VerificationHandler::message);
    }

    private static void request(ClientSession session, VerifyRequest request) {
        log.info("client {}: verification requested for {} {}; not a vendor connection", session.clientId(),
                request.getApiName(), request.getApiVersion());
        refuse(session, NOT_EXPECTED);
    }

    private static void message(ClientSession session, VerifyMessageRequest request) {
        refuse(session, NOTHING_TO_VERIFY);
    }

    private static void refuse(ClientSession session, String reason) {
        session.send(InMessage.VERIFY_COMPLETED, ConnectionCodec.verifyCompleted(VerifyCompletion.refused(reason)));
    }
}
