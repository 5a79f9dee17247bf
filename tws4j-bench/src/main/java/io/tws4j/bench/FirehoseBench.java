package io.tws4j.bench;

import io.tws4j.client.ClientOptions;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.PriceTick;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.protocol.proto.MarketDataProto.TickPrice;
import io.tws4j.protocol.wire.FrameWriter;
import io.tws4j.protocol.wire.Handshake;
import io.tws4j.protocol.wire.Hello;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ServerVersion;
import io.tws4j.simulator.FirehoseOptions;
import io.tws4j.simulator.SimulatedGateway;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;

/**
 * How fast the simulated gateway's firehose ({@link FirehoseOptions}) streams one subscription
 * over loopback: to a bare read loop (buffered socket read, framing, protobuf parse, a check that
 * every tick's number follows the last), and to tws4j's blocking market data subscription. The
 * bare loop's figure is what the source can push; it must stay well above what any client takes,
 * so that load tests measure the client.
 *
 * <p>Arguments: {@code [ticks=5000000] [rounds=3]}. Run:
 * {@code java -cp tws4j-bench/target/benchmarks.jar io.tws4j.bench.FirehoseBench}
 */
public final class FirehoseBench {
    private static final Contract FIREHOSE = Contract.stock(FirehoseOptions.SYMBOL).build();

    private FirehoseBench() {}

    public static void main(String[] args) throws Exception {
        int ticks = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        try (SimulatedGateway gateway = SimulatedGateway.builder().recordedRequests(0).build().start()) {
            System.out.printf("warming up%n");
            bare(gateway, ticks / 5, 100);
            tws4j(gateway, ticks / 10, 101);
            int clientId = 1;
            for (int round = 1; round <= rounds; round++) {
                double bare = bare(gateway, ticks, clientId++);
                double client = tws4j(gateway, ticks / 2, clientId++);
                System.out.printf("round %d: firehose to a bare loop %,12.0f ticks/s   to tws4j blocking %,12.0f ticks/s%n",
                        round, bare, client);
            }
        }
    }

    /** The bare loop: reads {@code ticks} tick frames of one firehose request; returns ticks per second. */
    private static double bare(SimulatedGateway gateway, int ticks, int clientId) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", gateway.port())) {
            socket.setTcpNoDelay(true);
            socket.setReceiveBufferSize(1 << 20);
            FrameWriter writer = new FrameWriter(socket.getOutputStream());
            writer.writeRaw(Handshake.encodeHello(new Hello(ServerVersion.supportedRange(), "")));
            writer.flush();
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 256 * 1024));
            in.skipNBytes(in.readInt());
            writer.write(OutMessage.START_API.wireId(), ConnectionCodec.startApi(clientId, ""));
            writer.flush();
            for (int i = 0; i < 5; i++) {
                in.skipNBytes(in.readInt());
            }
            writer.write(OutMessage.REQ_MKT_DATA.wireId(), MarketDataCodec.marketDataRequest(1, MarketDataRequest.streaming(FIREHOSE)));
            writer.flush();
            byte[] body = new byte[256];
            long start = 0;
            double expected = 1;
            for (int received = 0; received < ticks; ) {
                int length = in.readInt();
                int id = in.readInt();
                in.readFully(body, 0, length - 4);
                if (id != InMessage.TICK_PRICE.wireId()) {
                    continue;
                }
                TickPrice tick = TickPrice.parser().parseFrom(body, 0, length - 4);
                if (tick.getPrice() != expected) {
                    throw new IllegalStateException("tick " + tick.getPrice() + " where " + expected + " was due");
                }
                expected++;
                if (received++ == 0) {
                    start = System.nanoTime();
                }
            }
            return (ticks - 1) / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** tws4j's blocking subscription: takes {@code ticks} price ticks; returns ticks per second. */
    private static double tws4j(SimulatedGateway gateway, int ticks, int clientId) {
        ClientOptions options = ClientOptions.builder().address(gateway.address()).clientId(clientId)
                .streamBufferCapacity(1 << 20).build();
        try (TwsClient client = TwsClient.connect(options);
             Subscription<Tick> subscription = client.marketData(FIREHOSE).subscribe()) {
            long start = 0;
            int received = 0;
            for (Tick tick : subscription.data()) {
                if (tick instanceof PriceTick) {
                    if (received == 0) {
                        start = System.nanoTime();
                    }
                    if (++received == ticks) {
                        break;
                    }
                }
            }
            return (ticks - 1) / ((System.nanoTime() - start) / 1e9);
        }
    }
}
