package io.tws4j.examples.blocking;

import io.tws4j.client.ClientOptions;
import io.tws4j.client.ClientWithNotices;
import io.tws4j.client.StreamItem;
import io.tws4j.client.TwsClient;
import io.tws4j.connection.Notice;
import io.tws4j.examples.ExampleGateway;
import java.time.Duration;
import java.util.Optional;

/**
 * Connects with the notice stream bound before the handshake, so that the data farms' status
 * sent while connecting is not missed. Argument: {@code [host:port]}.
 */
public final class NoticeStreamExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             ClientWithNotices connected = TwsClient.connectWithNoticeStream(
                     ClientOptions.builder().address(gateway.address()).clientId(100).build())) {
            Optional<StreamItem<Notice>> item;
            while ((item = connected.notices().next(Duration.ofMillis(500))).isPresent()) {
                if (item.get() instanceof StreamItem.Data<Notice>(Notice notice)) {
                    String kind = notice.isConnectivity() ? "connectivity"
                            : notice.farmStatus().map(status -> "farm " + status).orElse(notice.category().toString());
                    System.out.println(kind + ": " + notice.code() + " " + notice.message());
                }
            }
        }
    }
}
