package io.tws4j.simulator.contracts;

import io.tws4j.protocol.proto.FundamentalsProto.CancelFundamentalsData;
import io.tws4j.protocol.proto.FundamentalsProto.FundamentalsDataRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The retired Reuters fundamentals requests (ids 52 and 53), which IB's clients up to API 10.46
 * still send: a fundamentals request is refused with error 430 on its request id, as TWS refuses
 * fundamentals a login may no longer have, and its cancel is accepted without an answer, as TWS
 * confirms no cancel. The session carries on either way.
 *
 * <p>Inferred: TWS's answer since IB withdrew the data is not on record; 430 with the reason
 * {@code Not allowed} is what TWS answered a login without the fundamentals subscription
 * (ib_insync issue 369), which every login now is.
 */
public final class FundamentalsHandler {
    /** Fundamentals data for the security is not available. */
    static final int FUNDAMENTALS_NOT_AVAILABLE = 430;
    static final String NOT_ALLOWED =
            "We are sorry, but fundamentals data for the security specified is not available.Not allowed";
    private static final Logger log = LoggerFactory.getLogger(FundamentalsHandler.class);

    private FundamentalsHandler() {}

    /** Installs the handlers of both retired requests on an engine. */
    public static void install(GatewayEngine engine) {
        engine.register(OutMessage.REQ_FUNDAMENTAL_DATA, FundamentalsDataRequest.class, FundamentalsHandler::request);
        engine.register(OutMessage.CANCEL_FUNDAMENTAL_DATA, CancelFundamentalsData.class, (session, cancel) ->
                log.debug("client {}: fundamentals request {} cancelled", session.clientId(), cancel.getReqId()));
    }

    private static void request(ClientSession session, FundamentalsDataRequest request) {
        log.info("client {}: fundamentals ({}) requested; IB no longer provides them", session.clientId(),
                request.getReportType());
        session.sendError(request.getReqId(), FUNDAMENTALS_NOT_AVAILABLE, NOT_ALLOWED);
    }
}
