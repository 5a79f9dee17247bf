package io.tws4j.simulator;

import static org.awaitility.Awaitility.await;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.MessageLite;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillisRequest;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One loopback session of the hostile-request fuzz: sends frames, and on its own reader thread
 * notes every id the gateway's answers name (request ids, order ids, error ids) and every error,
 * so the sender never blocks on a full socket buffer.
 */
final class FuzzSession implements AutoCloseable {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

    private final RawClient client;
    private final Thread reader;
    private final Set<Integer> answeredIds = ConcurrentHashMap.newKeySet();
    private final List<ErrorMessage> errors = new CopyOnWriteArrayList<>();
    private final AtomicInteger probesAnswered = new AtomicInteger();
    private volatile String endedBecause;

    FuzzSession(int port, int clientId) throws IOException {
        client = RawClient.started(port, clientId);
        client.setTimeout(Duration.ZERO);
        reader = Thread.ofVirtual().name("fuzz-reader-" + clientId).start(this::read);
    }

    void send(OutMessage message, MessageLite body) throws IOException {
        client.writer.write(message.wireId(), body);
    }

    void sendRaw(byte[] frame) throws IOException {
        client.writer.writeRaw(frame);
    }

    /**
     * Sends a current-time request after everything sent so far and waits for its answer: the
     * session answers requests in turn, so everything before it has been handled.
     *
     * @return false if the gateway dropped the session instead
     */
    boolean probe() throws IOException {
        int before = probesAnswered.get();
        try {
            send(OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance());
            client.writer.flush();
        } catch (IOException e) {
            endedBecause = "write failed: " + e.getMessage();
            return false;
        }
        await().atMost(PROBE_TIMEOUT).pollInterval(Duration.ofMillis(2))
                .until(() -> probesAnswered.get() > before || endedBecause != null);
        return probesAnswered.get() > before;
    }

    /** Waits up to {@code timeout} until every id in {@code expected} has been named by an answer. */
    Set<Integer> unanswered(Set<Integer> expected, Duration timeout) {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(5))
                    .until(() -> answeredIds.containsAll(expected) || endedBecause != null);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported by the caller, with the ids still missing
        }
        Set<Integer> missing = ConcurrentHashMap.newKeySet();
        expected.stream().filter(id -> !answeredIds.contains(id)).forEach(missing::add);
        return missing;
    }

    List<ErrorMessage> errors() {
        return errors;
    }

    String endedBecause() {
        return endedBecause;
    }

    private void read() {
        try {
            while (true) {
                InMessage type = client.next();
                if (type.isTextOnly()) {
                    client.reader.finish();
                    continue;
                }
                Message body = client.body(type.parser().orElseThrow());
                switch (type.correlation()) {
                    case ERROR -> {
                        ErrorMessage error = (ErrorMessage) body;
                        errors.add(error);
                        answeredIds.add(error.getId());
                    }
                    case REQUEST_ID, ORDER_ID -> answeredIds.add(idOf(type, body));
                    default -> {
                        if (type == InMessage.CURRENT_TIME_IN_MILLIS) {
                            probesAnswered.incrementAndGet();
                        }
                    }
                }
            }
        } catch (IOException e) {
            endedBecause = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static int idOf(InMessage type, Message body) {
        FieldDescriptor field = body.getDescriptorForType().findFieldByNumber(type == InMessage.ORDER_BOUND ? 3 : 1);
        Object value = body.getField(field);
        return value instanceof Long id ? id.intValue() : (Integer) value;
    }

    @Override
    public void close() throws IOException {
        client.close();
        try {
            reader.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
