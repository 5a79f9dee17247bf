package io.tws4j.simulator.core;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.simulator.Fault;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link Fault}s: to every client, or to one, and for those with a duration, ends them
 * on the gateway's scheduler. Each application returns a future that completes when the fault's
 * effect is over (at once for a notice; when the gateway listens again after a restart; when the
 * restored notice went out after a connectivity loss; when the connection closed for the
 * frame-counting faults).
 */
final class FaultRunner {
    private static final Logger log = LoggerFactory.getLogger(FaultRunner.class);
    static final String CONNECTIVITY_LOST = "Connectivity between IB and Trader Workstation has been lost.";
    static final String RESTORED_DATA_MAINTAINED = "Connectivity between IB and Trader Workstation has been restored - data maintained.";
    static final String RESTORED_DATA_LOST = "Connectivity between IB and Trader Workstation has been restored - data lost.";
    static final int COMPETING_SESSION = 10197;
    static final String COMPETING_SESSION_TEXT = "No market data during competing live session";

    private final GatewayServer server;
    private final GatewayEngine engine;

    FaultRunner(GatewayServer server, GatewayEngine engine) {
        this.server = server;
        this.engine = engine;
    }

    /** Applies a fault to the whole gateway: the restart, a pacing violation for any client, or the fault to each client. */
    CompletableFuture<Void> toAll(Fault fault) {
        log.info("fault injected: {}", fault);
        return switch (fault) {
            case Fault.Restart restart -> server.restart(restart.downtime());
            case Fault.PacingViolation violation -> {
                engine.addPacingViolation(-1, violation.request(), violation.count());
                yield CompletableFuture.completedFuture(null);
            }
            default -> {
                List<CompletableFuture<Void>> effects = engine.sessions().stream().map(session -> apply(session, fault)).toList();
                yield CompletableFuture.allOf(effects.toArray(CompletableFuture[]::new));
            }
        };
    }

    /**
     * Applies a fault to one client's connection.
     *
     * @throws IllegalArgumentException for a fault that is gateway-wide (a restart)
     */
    CompletableFuture<Void> toClient(ClientSession session, Fault fault) {
        log.info("fault injected into client {}: {}", session.clientId(), fault);
        return apply(session, fault);
    }

    private CompletableFuture<Void> apply(ClientSession session, Fault fault) {
        return switch (fault) {
            case Fault.Disconnect disconnect -> {
                session.disconnect("fault injected");
                yield done();
            }
            case Fault.Stall stall -> {
                session.stall(stall.duration());
                yield after(stall.duration(), () -> { });
            }
            case Fault.SendNotice notice -> {
                session.sendError(notice.id(), notice.code(), notice.message());
                yield done();
            }
            case Fault.MalformedFrame malformed -> {
                session.sendMalformed(malformed.kind());
                yield done();
            }
            case Fault.Restart restart -> throw new IllegalArgumentException(
                    "a restart is gateway-wide: inject it into the gateway, not into client " + session.clientId());
            case Fault.ConnectivityLost lost -> connectivityLost(session, lost);
            case Fault.FarmFlap flap -> {
                session.sendError(ErrorCodes.NO_REQUEST_ID, flap.kind().brokenCode(), flap.kind().brokenText(flap.farm()));
                yield after(flap.duration(), () -> session.sendError(ErrorCodes.NO_REQUEST_ID, flap.kind().okCode(),
                        flap.kind().okText(flap.farm())));
            }
            case Fault.StopWriting stop -> {
                session.holdWriting();
                yield after(stop.duration(), () -> {
                    if (stop.thenClose()) {
                        session.disconnect("a hung gateway closed the connection (fault injected)");
                    } else {
                        session.releaseWriting();
                    }
                });
            }
            case Fault.DropAfterFrames drop -> session.closeAfter(drop.frames(), true);
            case Fault.CloseAfterFrames close -> session.closeAfter(close.frames(), false);
            case Fault.CloseGracefully close -> {
                session.closeGracefully("fault injected");
                yield done();
            }
            case Fault.CompetingSession competing -> {
                engine.competingSession(session);
                yield done();
            }
            case Fault.PacingViolation violation -> {
                engine.addPacingViolation(session.clientId(), violation.request(), violation.count());
                yield done();
            }
        };
    }

    /**
     * 1100 and live data stops; after the outage 1102 and data flows again, or the subscriptions
     * are dropped first and 1101 follows, so that whatever the client sends again starts afresh.
     */
    private CompletableFuture<Void> connectivityLost(ClientSession session, Fault.ConnectivityLost lost) {
        session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_LOST, CONNECTIVITY_LOST);
        session.pauseData();
        return after(lost.duration(), () -> {
            if (lost.dataMaintained()) {
                session.resumeData();
                session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_RESTORED_DATA_MAINTAINED,
                        RESTORED_DATA_MAINTAINED);
            } else {
                engine.dropSubscriptions(session);
                session.resumeData();
                session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_RESTORED_DATA_LOST, RESTORED_DATA_LOST);
            }
        });
    }

    private CompletableFuture<Void> after(Duration delay, Runnable end) {
        CompletableFuture<Void> over = new CompletableFuture<>();
        engine.scheduler().once("tws4j-gateway-fault", delay, () -> {
            try {
                end.run();
                over.complete(null);
            } catch (RuntimeException e) {
                over.completeExceptionally(e);
                throw e;
            }
        });
        return over;
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
