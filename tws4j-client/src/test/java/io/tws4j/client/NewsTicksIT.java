package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.contracts.Contract;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsTick;
import io.tws4j.protocol.proto.MarketDataProto.CancelMarketData;
import io.tws4j.protocol.proto.MarketDataProto.MarketDataRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Headlines as they break, on a contract and on a broad tape, through both surfaces; closing cancels at the gateway. */
class NewsTicksIT {
    /** Tuesday 4 March 2025, 9:00 in New York; ten gateway hours pass every second. */
    private static final Instant TUESDAY_MORNING = Instant.parse("2025-03-04T14:00:00Z");

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(
            () -> SimulatedGateway.builder().seed(6).startTime(TUESDAY_MORNING).speed(36_000));

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void contractNewsStreamsHeadlinesAboutTheContractFromItsProviders(NewsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            NewsTick tick;
            try (Subscription<NewsTick> news = surface.contractNews(client, Contract.stock("AAPL").build(), List.of("BRFG", "BZ"))) {
                tick = NoticeRoutingIT.data(news.next(TestOptions.WAIT).orElseThrow());
            }

            assertThat(tick.providerCode()).isIn("BRFG", "BZ");
            assertThat(tick.time()).isAfter(TUESDAY_MORNING);
            assertThat(tick.extraData()).isNotEmpty();
            NewsArticle article = surface.article(client, tick.providerCode(), tick.articleId());
            assertThat(article.text()).contains("AAPL").contains(tick.headline());
            MarketDataRequest sent = gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(MarketDataRequest.class);
            assertThat(sent.getGenericTickList()).isEqualTo("mdoff,292:BRFG+BZ");
            assertThat(sent.getContract().getSymbol()).isEqualTo("AAPL");
            assertThat(gateway.get().takeRequest(OutMessage.CANCEL_MKT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(CancelMarketData.class).getReqId()).isEqualTo(sent.getReqId());
        }
    }

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void aBroadTapeStreamsOneProviderAcrossStocks(NewsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 2).build());
             Subscription<NewsTick> tape = surface.broadTapeNews(client, "BZ")) {
            List<NewsTick> ticks = List.of(NoticeRoutingIT.data(tape.next(TestOptions.WAIT).orElseThrow()),
                    NoticeRoutingIT.data(tape.next(TestOptions.WAIT).orElseThrow()));

            assertThat(ticks).allSatisfy(tick -> {
                assertThat(tick.providerCode()).isEqualTo("BZ");
                assertThat(tick.headline()).contains("shares are trading");
            });
            assertThat(ticks.get(1).time()).isAfterOrEqualTo(ticks.get(0).time());
            MarketDataRequest sent = gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, TestOptions.WAIT).orElseThrow()
                    .body(MarketDataRequest.class);
            assertThat(sent.getContract().getSymbol()).isEqualTo("BZ:BZ_ALL");
            assertThat(sent.getContract().getSecType()).isEqualTo("NEWS");
            assertThat(sent.getContract().getExchange()).isEqualTo("BZ");
        }
    }

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void anUnknownTapeOrContractEndsTheStreamWith200(NewsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 3).build());
             Subscription<NewsTick> tape = surface.broadTapeNews(client, "NOPE");
             Subscription<NewsTick> contract = surface.contractNews(client, Contract.stock("NOSUCH").build(), List.of())) {
            assertThatThrownBy(() -> tape.next(TestOptions.WAIT))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
            assertThatThrownBy(() -> contract.next(TestOptions.WAIT))
                    .isInstanceOfSatisfying(RequestRejectedException.class, e -> assertThat(e.code()).isEqualTo(200));
        }
    }

    @ParameterizedTest
    @EnumSource(NewsSurface.class)
    void malformedProviderCodesAreRefusedBeforeAnythingIsSent(NewsSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 4).build())) {
            assertThatThrownBy(() -> surface.broadTapeNews(client, "BR FG").next(TestOptions.WAIT))
                    .isInstanceOf(InvalidRequestException.class);
            assertThatThrownBy(() -> surface.contractNews(client, Contract.stock("AAPL").build(), List.of("BZ:ALL"))
                    .next(TestOptions.WAIT)).isInstanceOf(InvalidRequestException.class);
            assertThat(gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, Duration.ofMillis(200))).isEmpty();
        }
    }
}
