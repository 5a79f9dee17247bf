package io.tws4j.client;

import io.tws4j.client.wsh.WshEventDataQuery;
import io.tws4j.wsh.WshEventData;
import io.tws4j.wsh.WshMetadata;
import java.util.function.Consumer;

/** The two surfaces a WSH scenario runs through: the blocking client, or the async view waited on. */
enum WshSurface {
    BLOCKING {
        @Override
        WshMetadata metadata(TwsClient client) {
            return client.wshMetadata();
        }

        @Override
        WshEventData events(TwsClient client, Consumer<WshEventDataQuery<?>> describe) {
            WshEventDataQuery<WshEventData> query = client.wshEventData();
            describe.accept(query);
            return query.fetch();
        }
    },
    ASYNC {
        @Override
        WshMetadata metadata(TwsClient client) {
            return Futures.await(client.async().wshMetadata());
        }

        @Override
        WshEventData events(TwsClient client, Consumer<WshEventDataQuery<?>> describe) {
            var query = client.async().wshEventData();
            describe.accept(query);
            return Futures.await(query.fetch());
        }
    };

    abstract WshMetadata metadata(TwsClient client);

    /** Describes an event query and fetches it. */
    abstract WshEventData events(TwsClient client, Consumer<WshEventDataQuery<?>> describe);
}
