package io.tws4j.examples.blocking;

import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.news.NewsBulletin;
import java.time.Duration;
import java.util.Optional;

/** Prints today's IB news bulletins, waiting a little for new ones. Argument: {@code [host:port]}. */
public final class NewsBulletinsExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100);
             Subscription<NewsBulletin> bulletins = client.newsBulletins(true)) {
            Optional<StreamItem<NewsBulletin>> item;
            while ((item = bulletins.next(Duration.ofSeconds(1))).isPresent()) {
                switch (item.get()) {
                    case StreamItem.Data<NewsBulletin>(var bulletin) ->
                            System.out.println("Bulletin " + bulletin.id() + " (" + bulletin.type() + "): " + bulletin.message());
                    case StreamItem.Notice<NewsBulletin>(var notice) -> System.out.println("Notice: " + notice);
                    case StreamItem.Interrupted<NewsBulletin>(var at, var reason) -> System.out.println("Interrupted: " + reason);
                    case StreamItem.Resumed<NewsBulletin> resumed -> System.out.println("Resumed after " + resumed.gap());
                    case StreamItem.Reconciled<NewsBulletin> reconciled -> { }
                }
            }
        }
    }
}
