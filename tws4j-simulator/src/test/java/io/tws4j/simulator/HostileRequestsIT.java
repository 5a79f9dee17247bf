package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.Message;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.Frames;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.historical.HistoricalLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Well-formed frames of every request kind whose fields carry hostile values, sent through real
 * loopback sessions: no session is ever dropped (after each batch the session still answers a
 * current-time request), every request that names an id is answered on that id (its normal
 * answer or an error), no error meant for such a request arrives on the connection (id -1)
 * instead, and the gateway's safety net for unexpected failures never answers.
 *
 * <p>CI sends {@value #FRAMES_PER_KIND} frames of each kind from a fixed seed, to an individual's
 * login and to an advisor's (whose FA requests take other paths). A failure prints
 * the seed, the request kind and the frame's bytes; the same seed sends the same frames. A longer
 * run by hand, rounds of fresh seeds for as long as asked:
 * {@snippet lang = "shell" :
 * ./mvnw -B -pl tws4j-simulator -am verify -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=HostileRequestsIT -Dfailsafe.failIfNoSpecifiedTests=false \
 *     -Dtws4j.fuzz.seconds=600 -Dtws4j.fuzz.seed=1
 * }
 * The figures of each run (frames, frames per second, errors by code) are printed to the test's
 * output, {@code target/failsafe-reports/io.tws4j.simulator.HostileRequestsIT-output.txt}.
 */
class HostileRequestsIT {
    static final int FRAMES_PER_KIND = 120;
    private static final long DEFAULT_SEED = 20_250_106L;
    private static final int FRAMES_PER_BATCH = 30;
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    /** A Monday 10:00 in New York: markets open, so that plausible requests get their data. */
    private static final Instant MONDAY_10_00 = Instant.parse("2025-01-06T15:00:00Z");

    /**
     * Requests that, once accepted, may rightly leave their id unanswered for a while: cancels
     * (TWS confirms none), streams whose first item waits for the market or the clock, and (see
     * {@link #heldUntilTransmitted}) orders placed without transmitting them.
     */
    private static final Set<OutMessage> MAY_STAY_SILENT = EnumSet.of(
            OutMessage.REQ_REAL_TIME_BARS, OutMessage.REQ_TICK_BY_TICK_DATA, OutMessage.UNSUBSCRIBE_FROM_GROUP_EVENTS);

    private SimulatedGateway gateway;
    private int nextClientId = 1;
    private int nextId = 1_000;
    private long frames;
    private final Map<Integer, Integer> errorsByCode = new TreeMap<>();
    /** Per id-bearing kind: requests sent, and how many of them were refused with an error on their id. */
    private final Map<OutMessage, int[]> refusedByKind = new EnumMap<>(OutMessage.class);

    /** Starts a gateway whose login manages {@code accounts}: one for an individual, several for an advisor. */
    private void start(List<String> accounts) {
        gateway = SimulatedGateway.builder().accounts(accounts).startTime(MONDAY_10_00).recordedRequests(0)
                .historicalLimits(HistoricalLimits.unpaced()).build().start();
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"DU1234567", "DF1234567,DU1234568,DU1234569"})
    void everyRequestKindSurvivesHostileValues(String accounts) throws IOException {
        start(List.of(accounts.split(",")));
        long seed = Long.getLong("tws4j.fuzz.seed", DEFAULT_SEED);
        long seconds = Long.getLong("tws4j.fuzz.seconds", 0);
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        int rounds = 0;
        do {
            long roundSeed = seed + rounds;
            System.out.printf("hostile requests: accounts %s, round %d, seed %d%n", accounts, rounds, roundSeed);
            SplittableRandom random = new SplittableRandom(roundSeed);
            for (OutMessage kind : protobufRequests()) {
                fuzz(kind, new HostileRequests(random.split()), roundSeed);
            }
            rounds++;
        } while (System.nanoTime() < deadline);
        double elapsed = (System.nanoTime() - started) / 1e9;
        refusedByKind.forEach((kind, counts) -> System.out.printf("  %-30s %6d sent, %6d refused on their id%n",
                kind, counts[0], counts[1]));
        System.out.printf("hostile requests: %d frames in %d rounds, %.1f s, %.0f frames/s; errors by code %s;"
                        + " safety net answered %d%n", frames, rounds, elapsed, frames / elapsed, errorsByCode,
                gateway.engine().unexpectedFailures());
        assertThat(gateway.engine().unexpectedFailures()).as("requests the safety net had to answer").isZero();
    }

    @Test
    void unknownMessageIdsAreAnsweredOnTheRequestIdTheirBodyHolds() throws IOException {
        start(List.of("DU1234567"));
        SplittableRandom random = new SplittableRandom(DEFAULT_SEED);
        List<Integer> unknown = new ArrayList<>();
        for (int rawId = 201; rawId < 400; rawId++) {
            if (OutMessage.byId(rawId - 200) == null) {
                unknown.add(rawId);
            }
        }
        unknown.addAll(List.of(1_000, 65_536, Integer.MAX_VALUE));
        try (FuzzSession session = new FuzzSession(gateway.port(), nextClientId++)) {
            Map<Integer, Integer> idOfFrame = new TreeMap<>();
            for (int rawId : unknown) {
                int id = nextId++;
                idOfFrame.put(id, rawId);
                byte[] garbage = new byte[random.nextInt(32)];
                random.nextBytes(garbage);
                byte[] body = concat(fieldOne(id), garbage);
                session.sendRaw(Frames.encodeLengthPrefixed(concat(intBytes(rawId), body)));
            }
            assertThat(session.probe()).as(session.endedBecause()).isTrue();
            assertThat(session.unanswered(idOfFrame.keySet(), ANSWER_TIMEOUT)).as("unknown ids not answered").isEmpty();
            assertThat(session.errors()).filteredOn(error -> idOfFrame.containsKey(error.getId()))
                    .allSatisfy(error -> assertThat(error.getErrorCode()).isEqualTo(321))
                    .hasSize(unknown.size());
        }
    }

    @Test
    void bodiesThatDoNotDecodeAreAnswered320AndTheSessionGoesOn() throws IOException {
        start(List.of("DU1234567"));
        try (FuzzSession session = new FuzzSession(gateway.port(), nextClientId++)) {
            Map<Integer, OutMessage> kindOfId = new TreeMap<>();
            for (OutMessage kind : protobufRequests()) {
                int id = nextId++;
                kindOfId.put(id, kind);
                // Field 1, then tag 0, which no protobuf message may hold.
                byte[] body = concat(fieldOne(id), new byte[] {0x00, 0x01});
                session.sendRaw(Frames.encodeLengthPrefixed(concat(intBytes(kind.wireId()), body)));
            }
            assertThat(session.probe()).as(session.endedBecause()).isTrue();
            List<ErrorMessage> unreadable = session.errors().stream().filter(error -> error.getErrorCode() == 320).toList();
            assertThat(unreadable).hasSize(kindOfId.size());
            Set<Integer> named = unreadable.stream().map(ErrorMessage::getId).collect(Collectors.toSet());
            kindOfId.forEach((id, kind) -> assertThat(named.contains(id))
                    .as(kind + " names its request id").isEqualTo(kind.idField() != OutMessage.IdField.NONE));
        }
    }

    /** A protobuf body holding only field 1, the request id of every id-bearing request. */
    private static byte[] fieldOne(int id) {
        byte[] body = new byte[CodedOutputStream.computeInt32Size(1, id)];
        CodedOutputStream out = CodedOutputStream.newInstance(body);
        try {
            out.writeInt32(1, id);
            out.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return body;
    }

    private static byte[] intBytes(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static List<OutMessage> protobufRequests() {
        return Arrays.stream(OutMessage.values()).filter(m -> !m.isTextOnly()).toList();
    }

    private void fuzz(OutMessage kind, HostileRequests requests, long seed) throws IOException {
        int clientId = nextClientId++;
        int firstId = nextId;
        try (FuzzSession session = new FuzzSession(gateway.port(), clientId)) {
            for (int sent = 0; sent < FRAMES_PER_KIND; sent += FRAMES_PER_BATCH) {
                List<Sent> batch = new ArrayList<>();
                for (int i = 0; i < FRAMES_PER_BATCH; i++) {
                    int id = nextId++;
                    Sent frame = new Sent(kind, id, requests.next(kind, id));
                    batch.add(frame);
                    session.send(kind, frame.body());
                }
                frames += batch.size();
                if (!session.probe()) {
                    fail("seed %d: the gateway dropped client %d (%s) after a batch of %s; the frames, in order:%n%s",
                            seed, clientId, session.endedBecause(), kind, describe(batch));
                }
                checkAnswers(kind, batch, session, seed);
            }
            session.errors().forEach(error -> errorsByCode.merge(error.getErrorCode(), 1, Integer::sum));
            if (kind.idField() != OutMessage.IdField.NONE) {
                int[] counts = refusedByKind.computeIfAbsent(kind, k -> new int[2]);
                counts[0] += FRAMES_PER_KIND;
                counts[1] += (int) session.errors().stream().map(ErrorMessage::getId).distinct()
                        .filter(id -> id >= firstId).count();
            }
        }
    }

    private void checkAnswers(OutMessage kind, List<Sent> batch, FuzzSession session, long seed) {
        if (kind.idField() == OutMessage.IdField.NONE) {
            return;
        }
        List<ErrorMessage> onConnection = session.errors().stream()
                .filter(error -> error.getId() == -1 && error.getErrorCode() >= 320 && error.getErrorCode() <= 322).toList();
        if (!onConnection.isEmpty()) {
            fail("seed %d: %s errors that belong to a request arrived on the connection (id -1): %s; the frames:%n%s",
                    seed, kind, onConnection, describe(batch));
        }
        if (kind.name().startsWith("CANCEL_") || MAY_STAY_SILENT.contains(kind)) {
            return;
        }
        Set<Integer> expected = batch.stream().filter(frame -> !heldUntilTransmitted(frame)).map(Sent::id)
                .collect(Collectors.toSet());
        Set<Integer> missing = session.unanswered(expected, ANSWER_TIMEOUT);
        if (!missing.isEmpty()) {
            fail("seed %d: %s requests got no answer naming their id within %s: %s%n%s", seed, kind, ANSWER_TIMEOUT,
                    missing, describe(batch.stream().filter(frame -> missing.contains(frame.id())).toList()));
        }
    }

    /** An order placed with {@code transmit=false}, which TWS holds without a word once it accepts it. */
    private static boolean heldUntilTransmitted(Sent frame) {
        return frame.body() instanceof PlaceOrderRequest place && !place.getOrder().getTransmit();
    }

    private static String describe(List<Sent> frames) {
        return frames.stream().map(Sent::describe).collect(Collectors.joining("\n"));
    }

    /** One request sent: its kind, the id in field 1 (for id-bearing kinds), and its body. */
    record Sent(OutMessage kind, int id, Message body) {
        String describe() {
            String text = body.toString().replace('\n', ' ');
            return "  " + kind + " id " + id + " body " + HexFormat.of().formatHex(body.toByteArray())
                    + " = {" + (text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text) + "}";
        }
    }
}
