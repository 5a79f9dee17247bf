package io.tws4j.simulator.scanner;

import io.tws4j.protocol.proto.ScannerProto.CancelScannerSubscription;
import io.tws4j.protocol.proto.ScannerProto.ScannerParametersRequest;
import io.tws4j.protocol.proto.ScannerProto.ScannerSubscriptionRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.scanner.codec.ScannerCodec;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.core.GatewayScheduler;
import io.tws4j.simulator.core.SessionSubscriptions;
import io.tws4j.simulator.market.MarketModel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TWS's market scanner: the parameters XML, and subscriptions that answer at once and then
 * again every 30 seconds of gateway time (inferred: TWS's interval is not documented; it
 * "periodically" sends new results), until cancelled. TWS's limits and answers:
 * <ul>
 *   <li>at most 10 subscriptions at a time ("only 10 API scans can be active at a time", IB's
 *       scanner documentation), counted per client connection (inferred); the 11th is refused
 *       with 162 and the text users report, "Only 10 simultaneous API scanner subscriptions are
 *       allowed." (the code is inferred);</li>
 *   <li>a cancel is answered with 162 "API scanner subscription cancelled: id", as users see
 *       TWS do after every cancel; a cancel of an unknown id with 365, and a request id already
 *       subscribed with 385 (IB's message code table);</li>
 *   <li>an unknown scan code, instrument, location, stock type or filter tag: 162 naming it
 *       (the texts are inferred).</li>
 * </ul>
 */
public final class ScannerHandler {
    static final int MAX_SUBSCRIPTIONS = 10;
    static final Duration SCAN_INTERVAL = Duration.ofSeconds(30);
    private static final Duration LEAST_WALL_INTERVAL = Duration.ofMillis(20);
    private static final String HMDS = "Historical Market Data Service error message:";
    private static final int SCANNER_ERROR = 162;
    private static final int NO_SUBSCRIPTION = 365;
    private static final int DUPLICATE_ID = 385;

    private final GatewayEngine engine;
    private final ScanEngine scans;
    private final String parametersXml = ScannerParametersXml.write();
    private final Map<Subscriber, GatewayScheduler.Task> subscriptions = new ConcurrentHashMap<>();

    private ScannerHandler(GatewayEngine engine, ScanEngine scans) {
        this.engine = engine;
        this.scans = scans;
    }

    /** Installs the scanner's request handlers on an engine. */
    public static void install(GatewayEngine engine, InstrumentUniverse instruments, MarketModel market) {
        ScannerHandler handler = new ScannerHandler(engine, new ScanEngine(new StockSnapshots(instruments, market)));
        engine.onSessionClosed(handler::forget);
        engine.registerSubscriptions(new SessionSubscriptions() {
            @Override
            public Map<String, Integer> count(ClientSession session) {
                return Map.of("scanner", (int) handler.subscriptions.keySet().stream().filter(s -> s.session() == session).count());
            }

            @Override
            public void drop(ClientSession session) {
                handler.forget(session);
            }
        });
        engine.register(OutMessage.REQ_SCANNER_PARAMETERS, ScannerParametersRequest.class, handler::parameters);
        engine.register(OutMessage.REQ_SCANNER_SUBSCRIPTION, ScannerSubscriptionRequest.class, handler::subscribe);
        engine.register(OutMessage.CANCEL_SCANNER_SUBSCRIPTION, CancelScannerSubscription.class, handler::cancel);
    }

    private void parameters(ClientSession session, ScannerParametersRequest request) {
        session.send(InMessage.SCANNER_PARAMETERS, ScannerCodec.parameters(parametersXml));
    }

    private void subscribe(ClientSession session, ScannerSubscriptionRequest request) {
        Subscriber subscriber = new Subscriber(session, request.getReqId());
        if (subscriptions.containsKey(subscriber)) {
            session.sendError(subscriber.requestId(), DUPLICATE_ID, "Duplicate ticker ID for API scanner subscription.");
            return;
        }
        if (subscriptions.keySet().stream().filter(s -> s.session() == session).count() >= MAX_SUBSCRIPTIONS) {
            session.sendError(subscriber.requestId(), SCANNER_ERROR,
                    HMDS + "Only " + MAX_SUBSCRIPTIONS + " simultaneous API scanner subscriptions are allowed.");
            return;
        }
        ScanCriteria criteria;
        try {
            criteria = ScanCriteria.of(ScannerCodec.subscription(request));
        } catch (ScanCriteria.Refused refused) {
            session.sendError(subscriber.requestId(), SCANNER_ERROR, HMDS + refused.getMessage());
            return;
        }
        subscriptions.put(subscriber, () -> {});
        push(subscriber, criteria);
        GatewayScheduler.Task task = engine.scheduler().repeat("tws4j-scanner-" + subscriber.requestId(), wallInterval(),
                () -> push(subscriber, criteria));
        if (subscriptions.replace(subscriber, task) == null) {
            task.cancel();
        }
    }

    private void cancel(ClientSession session, CancelScannerSubscription request) {
        GatewayScheduler.Task task = subscriptions.remove(new Subscriber(session, request.getReqId()));
        if (task == null) {
            session.sendError(request.getReqId(), NO_SUBSCRIPTION, "No scanner subscription found for ticker id:" + request.getReqId());
            return;
        }
        task.cancel();
        session.sendError(request.getReqId(), SCANNER_ERROR, HMDS + "API scanner subscription cancelled: " + request.getReqId());
    }

    private void push(Subscriber subscriber, ScanCriteria criteria) {
        if (subscriptions.containsKey(subscriber) && !subscriber.session().isClosed()) {
            subscriber.session().send(InMessage.SCANNER_DATA,
                    ScannerCodec.data(subscriber.requestId(), scans.run(criteria, engine.now())));
        }
    }

    private void forget(ClientSession session) {
        subscriptions.entrySet().removeIf(entry -> {
            if (entry.getKey().session() == session) {
                entry.getValue().cancel();
                return true;
            }
            return false;
        });
    }

    private Duration wallInterval() {
        Duration wall = engine.clock().baseDuration(SCAN_INTERVAL);
        return wall.compareTo(LEAST_WALL_INTERVAL) < 0 ? LEAST_WALL_INTERVAL : wall;
    }

    private record Subscriber(ClientSession session, int requestId) {}
}
