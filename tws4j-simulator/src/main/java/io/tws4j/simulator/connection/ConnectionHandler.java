package io.tws4j.simulator.connection;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillisRequest;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeRequest;
import io.tws4j.protocol.proto.ConnectionProto.IdsRequest;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccountsRequest;
import io.tws4j.protocol.proto.ConnectionProto.SetServerLogLevelRequest;
import io.tws4j.protocol.proto.ConnectionProto.StartApiRequest;
import io.tws4j.protocol.proto.ConnectionProto.UserInfoRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The session requests: what TWS sends after START_API, the current time (at most once per
 * second, as TWS answers), managed accounts, order ids, user info and the server log level, which
 * TWS keeps for itself rather than per client. API verification is {@link VerificationHandler}'s.
 */
public final class ConnectionHandler {
    private static final Logger log = LoggerFactory.getLogger(ConnectionHandler.class);
    /** TWS 10.16 and later ignore a current-time request within a second of the last one answered. */
    private static final long CURRENT_TIME_INTERVAL_NANOS = 1_000_000_000L;

    private final GatewayEngine engine;
    private final Map<ClientSession, Long> lastTimeAnswered = new ConcurrentHashMap<>();
    private volatile ServerLogLevel logLevel;

    private ConnectionHandler(GatewayEngine engine) {
        this.engine = engine;
    }

    /** Installs the handlers on an engine and returns the handler, for inspection. */
    public static ConnectionHandler install(GatewayEngine engine) {
        ConnectionHandler handler = new ConnectionHandler(engine);
        engine.onSessionStarted(handler::started);
        engine.onSessionClosed(handler.lastTimeAnswered::remove);
        engine.register(OutMessage.REQ_CURRENT_TIME, CurrentTimeRequest.class, handler::currentTime);
        engine.register(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.class, handler::currentTimeMillis);
        engine.register(OutMessage.REQ_MANAGED_ACCTS, ManagedAccountsRequest.class, handler::managedAccounts);
        engine.register(OutMessage.REQ_IDS, IdsRequest.class, handler::ids);
        engine.register(OutMessage.SET_SERVER_LOGLEVEL, SetServerLogLevelRequest.class, handler::logLevel);
        engine.register(OutMessage.REQ_USER_INFO, UserInfoRequest.class, handler::userInfo);
        engine.register(OutMessage.START_API, StartApiRequest.class,
                (session, request) -> log.warn("client {}: START_API sent twice; ignored", session.clientId()));
        VerificationHandler.install(engine);
        return handler;
    }

    /** Returns the log level a client last set, if any did. */
    public Optional<ServerLogLevel> logLevel() {
        return Optional.ofNullable(logLevel);
    }

    /** After START_API TWS sends the accounts, the next valid id, and the data farms' status (id -1). */
    private void started(ClientSession session) {
        session.send(InMessage.MANAGED_ACCTS, ConnectionCodec.managedAccounts(engine.options().accounts()));
        session.send(InMessage.NEXT_VALID_ID, ConnectionCodec.nextValidId(engine.nextOrderId(session.clientId())));
        session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.MARKET_DATA_FARM_OK, "Market data farm connection is OK:usfarm");
        session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.HISTORICAL_DATA_FARM_OK, "HMDS data farm connection is OK:ushmds");
        session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.SECURITY_DEFINITION_FARM_OK, "Sec-def data farm connection is OK:secdefnj");
    }

    private void currentTime(ClientSession session, CurrentTimeRequest request) {
        long now = System.nanoTime();
        Long last = lastTimeAnswered.get(session);
        if (last != null && now - last < CURRENT_TIME_INTERVAL_NANOS) {
            log.info("client {}: current time requested again within a second; TWS ignores that, and so do we",
                    session.clientId());
            return;
        }
        lastTimeAnswered.put(session, now);
        session.send(InMessage.CURRENT_TIME, ConnectionCodec.currentTime(engine.now()));
    }

    private void currentTimeMillis(ClientSession session, CurrentTimeInMillisRequest request) {
        session.send(InMessage.CURRENT_TIME_IN_MILLIS, ConnectionCodec.currentTimeInMillis(engine.now()));
    }

    private void managedAccounts(ClientSession session, ManagedAccountsRequest request) {
        session.send(InMessage.MANAGED_ACCTS, ConnectionCodec.managedAccounts(engine.options().accounts()));
    }

    private void ids(ClientSession session, IdsRequest request) {
        session.send(InMessage.NEXT_VALID_ID, ConnectionCodec.nextValidId(engine.nextOrderId(session.clientId())));
    }

    /** Inferred: TWS refuses a level outside 1 to 5 as an invalid request, on the connection since the request has no id. */
    private void logLevel(ClientSession session, SetServerLogLevelRequest request) {
        try {
            logLevel = ConnectionCodec.serverLogLevel(request);
            log.info("client {}: server log level set to {}", session.clientId(), logLevel);
        } catch (IllegalArgumentException e) {
            session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.REQUEST_VALIDATION_FAILED,
                    "Error validating request.-'SET_SERVER_LOGLEVEL' : cause - " + e.getMessage());
        }
    }

    /** IB's own logins are not white-branded: their id is empty unless the options give one. */
    private void userInfo(ClientSession session, UserInfoRequest request) {
        session.send(InMessage.USER_INFO, ConnectionCodec.userInfo(request.getReqId(), engine.options().whiteBrandingId()));
    }
}
