package io.tws4j.simulator.marketdata;

import com.google.protobuf.CodedOutputStream;
import io.tws4j.marketdata.MarketDataType;
import io.tws4j.marketdata.MarketDataTypeTick;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.RequestParametersTick;
import io.tws4j.marketdata.TickAttributes;
import io.tws4j.marketdata.TickType;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.wire.Frames;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.FirehoseOptions;
import io.tws4j.simulator.core.ClientSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The firehose ({@link FirehoseOptions}): one thread per request fills chunks of pre-encoded
 * TICK_PRICE frames, patching each frame's price with its sequence number, and hands them to the
 * session's queue as fast as it has room, or when due at a fixed rate. It runs on a platform
 * thread of its own, since it is CPU-bound and would otherwise hold a carrier of the sessions'
 * virtual threads.
 */
final class FirehoseStream implements LiveStream {
    private static final Logger log = LoggerFactory.getLogger(FirehoseStream.class);
    /** Frames per hand-over to the queue. */
    private static final int CHUNK = 512;
    private static final long SECOND = 1_000_000_000L;

    private final ClientSession session;
    private final int requestId;
    private final FirehoseOptions options;
    private final byte[] template;
    private final int priceOffset;
    private final Thread thread;
    private volatile boolean stopped;

    private FirehoseStream(ClientSession session, int requestId, FirehoseOptions options) {
        this.session = session;
        this.requestId = requestId;
        this.options = options;
        MarketDataProto.TickPrice tick = MarketDataCodec.tickPrice(
                new PriceTick(requestId, TickType.LAST, 1, BigDecimal.ONE, TickAttributes.of(0)));
        this.template = Frames.encode(InMessage.TICK_PRICE, tick);
        this.priceOffset = Frames.HEADER_LENGTH + CodedOutputStream.computeInt32Size(1, requestId)
                + CodedOutputStream.computeInt32Size(2, TickType.LAST.id()) + CodedOutputStream.computeTagSize(3);
        checkTemplate();
        this.thread = new Thread(this::run, "tws4j-firehose-" + requestId);
        this.thread.setDaemon(true);
    }

    /** Starts streaming to a client: the request's parameters and market data type, then the ticks. */
    static FirehoseStream start(ClientSession session, int requestId, FirehoseOptions options) {
        FirehoseStream stream = new FirehoseStream(session, requestId, options);
        session.sendBuffered(InMessage.TICK_REQ_PARAMS, MarketDataCodec.requestParameters(
                new RequestParametersTick(requestId, new BigDecimal("0.01"), "", 3, "2", "0")));
        session.send(InMessage.MARKET_DATA_TYPE, MarketDataCodec.marketDataType(new MarketDataTypeTick(requestId,
                MarketDataType.REALTIME)));
        stream.thread.start();
        return stream;
    }

    @Override
    public void stop() {
        stopped = true;
        thread.interrupt();
    }

    private void run() {
        byte[] chunk = new byte[template.length * CHUNK];
        for (int i = 0; i < CHUNK; i++) {
            System.arraycopy(template, 0, chunk, i * template.length, template.length);
        }
        ByteBuffer prices = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
        long limit = options.ticks() == 0 ? Long.MAX_VALUE : options.ticks();
        long sent = 0;
        long start = System.nanoTime();
        try {
            while (!stopped && sent < limit && !session.isClosed()) {
                long due = options.ticksPerSecond() == 0 ? limit
                        : Math.min(limit, (long) ((System.nanoTime() - start) / (double) SECOND * options.ticksPerSecond()) + 1);
                if (due <= sent) {
                    long nextAt = start + (long) (sent * (SECOND / options.ticksPerSecond()));
                    LockSupport.parkNanos(Math.max(1_000, Math.min(1_000_000, nextAt - System.nanoTime())));
                    continue;
                }
                int count = (int) Math.min(CHUNK, due - sent);
                for (int i = 0; i < count; i++) {
                    prices.putDouble(i * template.length + priceOffset, sent + i + 1);
                }
                if (!session.sendFrames(chunk, 0, count * template.length, count)) {
                    return;
                }
                sent += count;
            }
            if (sent == limit) {
                log.info("client {}: the firehose #{} sent its {} ticks", session.clientId(), requestId, sent);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The price is where it should be: a patched frame must decode to the patched price. */
    private void checkTemplate() {
        byte[] probe = template.clone();
        ByteBuffer.wrap(probe).order(ByteOrder.LITTLE_ENDIAN).putDouble(priceOffset, 42);
        try {
            double price = MarketDataProto.TickPrice.parseFrom(java.util.Arrays.copyOfRange(probe, Frames.HEADER_LENGTH,
                    probe.length)).getPrice();
            if (price != 42) {
                throw new IllegalStateException("the firehose's frame template has its price elsewhere");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
