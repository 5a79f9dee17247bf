package io.tws4j.client.news;

import io.tws4j.client.core.SharedStreamSpec;
import io.tws4j.news.NewsBulletin;
import io.tws4j.news.codec.NewsCodec;
import io.tws4j.protocol.proto.NewsProto;
import io.tws4j.protocol.proto.NewsProto.CancelNewsBulletins;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;

/** The news requests: what each sends and what its replies become. */
final class NewsRequests {

    private NewsRequests() {}

    static SharedStreamSpec<NewsBulletin> bulletins(boolean allMessages) {
        return SharedStreamSpec.<NewsBulletin>builder("news bulletins", OutMessage.REQ_NEWS_BULLETINS,
                        NewsCodec.bulletinsRequest(allMessages))
                .cancel(OutMessage.CANCEL_NEWS_BULLETINS, CancelNewsBulletins.getDefaultInstance())
                .on(InMessage.NEWS_BULLETINS, NewsProto.NewsBulletin.class, (message, sink) -> sink.next(NewsCodec.bulletin(message)))
                .build();
    }
}
