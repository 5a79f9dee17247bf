package io.tws4j.simulator.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tws4j.marketdata.FundamentalRatios;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Generic tick 258's text: TWS's keys in its order, one seeded company behind the ratios, the price the model's. */
class FundamentalRatioTextTest {
    private static final Instant NOW = Instant.parse("2025-01-06T15:00:00Z");
    private static final InstrumentUniverse UNIVERSE = InstrumentUniverse.standard(LocalDate.of(2025, 1, 6));

    @Test
    void aStocksRatiosHoldTogether() {
        String text = text(7, 265598, 231.47);
        FundamentalRatios ratios = FundamentalRatios.parse(text);

        assertThat(text).startsWith("TTMNPMGN=").endsWith(";").doesNotContain("E-").doesNotContain("E+");
        assertThat(ratios.values()).hasSize(64).containsKeys("PEEXCLXOR", "MKTCAP", "BETA", "NHIG", "NLOW", "LATESTADATE");
        assertThat(ratios.value("CURRENCY")).hasValue("USD");
        assertThat(ratios.value("LATESTADATE")).hasValue("2024-09-30");
        double price = ratios.number("NPRICE").orElseThrow();
        assertThat(price).isEqualTo(231.47);
        assertThat(ratios.number("PEEXCLXOR").orElseThrow())
                .isCloseTo(price / ratios.number("TTMEPSXCLX").orElseThrow(), within(0.01));
        assertThat(ratios.number("NLOW").orElseThrow()).isLessThanOrEqualTo(price);
        assertThat(ratios.number("NHIG").orElseThrow()).isGreaterThanOrEqualTo(price);
        assertThat(ratios.number("TTMGROSMGN").orElseThrow()).isGreaterThan(ratios.number("TTMNPMGN").orElseThrow());
        assertThat(ratios.number("YLD5YAVG")).as("AAPL pays a dividend").isPresent();
        assertThat(ratios.values().values()).allSatisfy(value -> assertThat(value).doesNotMatch(".*\\.\\d{6,}"));
    }

    @Test
    void theSameSeedGivesTheSameCompanyAndAnotherSeedAnother() {
        assertThat(text(7, 265598, 231.47)).isEqualTo(text(7, 265598, 231.47));
        assertThat(text(8, 265598, 231.47)).isNotEqualTo(text(7, 265598, 231.47));
        FundamentalRatios cheaper = FundamentalRatios.parse(text(7, 265598, 200));
        FundamentalRatios dearer = FundamentalRatios.parse(text(7, 265598, 250));
        assertThat(cheaper.value("TTMNPMGN")).as("margins are the company's").isEqualTo(dearer.value("TTMNPMGN"));
        assertThat(cheaper.number("MKTCAP").orElseThrow() * 250 / 200).isCloseTo(dearer.number("MKTCAP").orElseThrow(), within(1.0));
    }

    @Test
    void ratiosThatDoNotApplyAreTwsNotApplicableAndEtfsGetNone() {
        FundamentalRatios bank = FundamentalRatios.parse(text(7, 1520593, 240));
        FundamentalRatios tesla = FundamentalRatios.parse(text(7, 76792991, 250));

        assertThat(bank.value("TTMINVTURN")).hasValue(FundamentalRatios.NOT_APPLICABLE);
        assertThat(bank.number("TTMINVTURN")).isEmpty();
        assertThat(tesla.value("YLD5YAVG")).as("no dividend").hasValue(FundamentalRatios.NOT_APPLICABLE);
        assertThat(FundamentalRatioText.of(instrument(756733), market(7, 756733), NOW, 580)).as("SPY, an ETF").isEmpty();
    }

    private static String text(long seed, int conId, double price) {
        return FundamentalRatioText.of(instrument(conId), market(seed, conId), NOW, price).orElseThrow();
    }

    private static Instrument instrument(int conId) {
        return UNIVERSE.byConId(conId).orElseThrow();
    }

    private static InstrumentMarket market(long seed, int conId) {
        MarketModel model = UNIVERSE.marketModel(seed, InstantSource.fixed(NOW), null);
        return model.market(conId).orElseThrow();
    }
}
