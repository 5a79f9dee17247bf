package io.tws4j.news.codec;

import io.tws4j.news.NewsBulletin;
import io.tws4j.protocol.proto.NewsProto;
import io.tws4j.protocol.proto.NewsProto.NewsBulletinsRequest;

/** Both directions of the news messages. */
public final class NewsCodec {

    private NewsCodec() {}

    /** Encodes a bulletin subscription; {@code allMessages} asks for today's earlier bulletins too. */
    public static NewsBulletinsRequest bulletinsRequest(boolean allMessages) {
        NewsBulletinsRequest.Builder request = NewsBulletinsRequest.newBuilder();
        if (allMessages) {
            request.setAllMessages(true);
        }
        return request.build();
    }

    public static NewsProto.NewsBulletin bulletin(NewsBulletin bulletin) {
        return NewsProto.NewsBulletin.newBuilder()
                .setNewsMsgId(bulletin.id())
                .setNewsMsgType(bulletin.type().wireValue())
                .setNewsMessage(bulletin.message())
                .setOriginatingExch(bulletin.exchange())
                .build();
    }

    public static NewsBulletin bulletin(NewsProto.NewsBulletin message) {
        return new NewsBulletin(message.getNewsMsgId(), NewsBulletin.Type.of(message.getNewsMsgType()),
                message.getNewsMessage(), message.getOriginatingExch());
    }
}
