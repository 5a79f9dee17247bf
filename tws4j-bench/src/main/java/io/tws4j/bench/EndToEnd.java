package io.tws4j.bench;

import com.sun.management.ThreadMXBean;
import io.tws4j.client.ClientOptions;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.proto.MarketDataProto.TickPrice;
import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.FrameWriter;
import io.tws4j.protocol.wire.Handshake;
import io.tws4j.protocol.wire.Hello;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ServerVersion;
import io.tws4j.simulator.Replay;
import io.tws4j.simulator.ScriptedAnswer;
import io.tws4j.simulator.SimulatedGateway;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The end-to-end harness: the simulated gateway streams the same tick frames over loopback to a
 * bare loop (buffered socket read, framing, protobuf parse, nothing else) and to tws4j's public
 * market data subscription ({@code client.marketData(contract).subscribe()}, blocking and async),
 * one after the other in one run, and prints delivered ticks per second, bytes allocated per tick
 * by the receiving threads, and latency percentiles at a fixed rate. The gateway answers each
 * market data request with the pre-encoded frames of a {@link ScriptedAnswer} rather than its own
 * market model, so that every path receives the same bytes.
 *
 * <p>Arguments: {@code [frames=1000000] [rate=50000] [latencyFrames=250000]}.
 */
public final class EndToEnd {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final AtomicInteger CLIENT_IDS = new AtomicInteger(1);
    private static final Contract AAPL = Contract.stock("AAPL").build();

    private EndToEnd() {}

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int latencyFrames = args.length > 2 ? Integer.parseInt(args[2]) : 250_000;
        try (SimulatedGateway gateway = SimulatedGateway.builder().recordedRequests(0).build().start()) {
            System.out.printf("warming up (%d frames per path, twice)%n", frames / 5);
            for (int round = 0; round < 2; round++) {
                bare(gateway, frames / 5, 0);
                tws4jBlocking(gateway, frames / 5, 0);
                tws4jAsync(gateway, frames / 5);
            }
            Run bareThroughput = bare(gateway, frames, 0);
            Run blockingThroughput = tws4jBlocking(gateway, frames, 0);
            Run asyncThroughput = tws4jAsync(gateway, frames);
            Run bareLatency = bare(gateway, latencyFrames, rate);
            Run blockingLatency = tws4jBlocking(gateway, latencyFrames, rate);
            report(frames, rate, bareThroughput, blockingThroughput, asyncThroughput, bareLatency, blockingLatency);
        }
    }

    private static void report(int frames, int rate, Run bare, Run blocking, Run async, Run bareLatency, Run blockingLatency) {
        System.out.printf("%nthroughput, %,d tick frames as fast as the gateway sends them%n", frames);
        System.out.printf("  %-22s %,14.0f ticks/s   %6.1f B/tick%n", "bare loop", bare.ticksPerSecond(), bare.bytesPerTick());
        System.out.printf("  %-22s %,14.0f ticks/s   %6.1f B/tick   (%.2fx bare)%n", "tws4j blocking",
                blocking.ticksPerSecond(), blocking.bytesPerTick(), blocking.ticksPerSecond() / bare.ticksPerSecond());
        System.out.printf("  %-22s %,14.0f ticks/s                (%.2fx bare)%n", "tws4j async (Flow)",
                async.ticksPerSecond(), async.ticksPerSecond() / bare.ticksPerSecond());
        System.out.printf("%nlatency at %,d ticks/s, from just before the gateway writes a frame to its delivery%n", rate);
        System.out.printf("  %-22s p50 %8.1f us   p99 %8.1f us   p99.9 %8.1f us%n", "bare loop",
                bareLatency.percentile(50) / 1e3, bareLatency.percentile(99) / 1e3, bareLatency.percentile(99.9) / 1e3);
        System.out.printf("  %-22s p50 %8.1f us   p99 %8.1f us   p99.9 %8.1f us   (p99 %.2fx bare)%n", "tws4j blocking",
                blockingLatency.percentile(50) / 1e3, blockingLatency.percentile(99) / 1e3, blockingLatency.percentile(99.9) / 1e3,
                blockingLatency.percentile(99) / bareLatency.percentile(99));
        boolean throughputOk = blocking.ticksPerSecond() >= bare.ticksPerSecond() / 2;
        boolean allocationOk = blocking.bytesPerTick() <= 100;
        boolean latencyOk = blockingLatency.percentile(99) <= 1.5 * bareLatency.percentile(99);
        System.out.printf("%nbar: throughput >= 0.5x bare %s, allocation <= 100 B/tick %s, p99 <= 1.5x bare %s%n",
                verdict(throughputOk), verdict(allocationOk), verdict(latencyOk));
    }

    private static String verdict(boolean ok) {
        return ok ? "PASS" : "FAIL";
    }

    /** The bare loop: buffered socket read, framing, protobuf parse, nothing else. */
    private static Run bare(SimulatedGateway gateway, int count, int rate) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.setTcpNoDelay(true);
            FrameWriter writer = new FrameWriter(socket.getOutputStream());
            writer.writeRaw(Handshake.encodeHello(new Hello(ServerVersion.supportedRange(), "")));
            writer.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
            skipFrame(in, true);
            writer.write(OutMessage.START_API.wireId(), ConnectionCodec.startApi(CLIENT_IDS.getAndIncrement(), ""));
            writer.flush();
            for (int i = 0; i < 5; i++) {
                skipFrame(in, false);
            }
            Replay replay = gateway.enqueue(answer(count, rate));
            writer.write(OutMessage.REQ_MKT_DATA.wireId(), marketDataRequest(1));
            writer.flush();
            long[] latencies = new long[count];
            byte[] body = new byte[256];
            long threadId = Thread.currentThread().threadId();
            long allocatedBefore = THREADS.getThreadAllocatedBytes(threadId);
            long start = 0;
            for (int i = 0; i < count; i++) {
                int length = in.readInt();
                in.readInt();
                in.readFully(body, 0, length - 4);
                TickPrice tick = TickPrice.parser().parseFrom(body, 0, length - 4);
                long now = System.nanoTime();
                if (i == 0) {
                    start = now;
                }
                latencies[i] = now - replay.sentAtNanos((int) tick.getPrice());
            }
            long elapsed = System.nanoTime() - start;
            long allocated = THREADS.getThreadAllocatedBytes(threadId) - allocatedBefore;
            replay.finished().join();
            return new Run(count, elapsed, allocated, latencies);
        }
    }

    /** tws4j's blocking surface: the reader thread routes, this thread takes ticks from the subscription. */
    private static Run tws4jBlocking(SimulatedGateway gateway, int count, int rate) {
        int clientId = CLIENT_IDS.getAndIncrement();
        try (TwsClient client = TwsClient.connect(options(gateway, clientId))) {
            Replay replay = gateway.enqueue(answer(count, rate));
            long reader = readerThread(clientId);
            long consumer = Thread.currentThread().threadId();
            long allocatedBefore = THREADS.getThreadAllocatedBytes(reader) + THREADS.getThreadAllocatedBytes(consumer);
            long[] latencies = new long[count];
            long start = 0;
            int received = 0;
            try (Subscription<Tick> ticks = client.marketData(AAPL).subscribe()) {
                for (Tick tick : ticks.data()) {
                    long now = System.nanoTime();
                    if (received == 0) {
                        start = now;
                    }
                    latencies[received] = now - replay.sentAtNanos((int) ((PriceTick) tick).price());
                    if (++received == count) {
                        break;
                    }
                }
            }
            long elapsed = System.nanoTime() - start;
            long allocated = THREADS.getThreadAllocatedBytes(reader) + THREADS.getThreadAllocatedBytes(consumer) - allocatedBefore;
            replay.finished().join();
            return new Run(count, elapsed, allocated, latencies);
        }
    }

    /** tws4j's async surface: a Flow subscriber of the data with unbounded demand, served by the feed's own thread. */
    private static Run tws4jAsync(SimulatedGateway gateway, int count) throws InterruptedException {
        int clientId = CLIENT_IDS.getAndIncrement();
        try (TwsClient client = TwsClient.connect(options(gateway, clientId))) {
            Replay replay = gateway.enqueue(answer(count, 0));
            CountDownLatch done = new CountDownLatch(1);
            long[] firstAndLast = new long[2];
            client.async().marketData(AAPL).subscribe().data().subscribe(new Flow.Subscriber<>() {
                private Flow.Subscription subscription;
                private int received;

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    this.subscription = subscription;
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(Tick tick) {
                    long now = System.nanoTime();
                    if (received == 0) {
                        firstAndLast[0] = now;
                    }
                    if (++received == count) {
                        firstAndLast[1] = now;
                        subscription.cancel();
                        done.countDown();
                    }
                }

                @Override
                public void onError(Throwable error) {
                    error.printStackTrace();
                    done.countDown();
                }

                @Override
                public void onComplete() {
                    done.countDown();
                }
            });
            if (!done.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the async run did not finish");
            }
            replay.finished().join();
            return new Run(count, firstAndLast[1] - firstAndLast[0], 0, new long[0]);
        }
    }

    private static ClientOptions options(SimulatedGateway gateway, int clientId) {
        return ClientOptions.builder().address(gateway.address()).clientId(clientId).streamBufferCapacity(1 << 20).build();
    }

    /** The bare loop's request: the same bytes tws4j sends for {@link #AAPL}. */
    private static MarketDataRequest marketDataRequest(int requestId) {
        return MarketDataCodec.marketDataRequest(requestId, io.tws4j.marketdata.MarketDataRequest.streaming(AAPL));
    }

    private static ScriptedAnswer answer(int count, int rate) {
        return ScriptedAnswer.of(OutMessage.REQ_MKT_DATA,
                request -> TickFrames.build(((MarketDataRequest) request).getReqId(), count, 7)).atRate(rate);
    }

    private static long readerThread(int clientId) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("tws4j-reader-" + clientId + "."))
                .findFirst().orElseThrow().threadId();
    }

    private static void skipFrame(DataInputStream in, boolean withoutId) throws IOException {
        int length = in.readInt();
        in.skipNBytes(length);
    }

    /** One run of one path. */
    private record Run(int ticks, long elapsedNanos, long allocatedBytes, long[] latencies) {
        double ticksPerSecond() {
            return ticks / (elapsedNanos / 1e9);
        }

        double bytesPerTick() {
            return (double) allocatedBytes / ticks;
        }

        double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
        }
    }
}
