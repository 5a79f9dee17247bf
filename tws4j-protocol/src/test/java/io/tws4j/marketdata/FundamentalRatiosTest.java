package io.tws4j.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Generic tick 258's text read into its ratios, in TWS's layout (an empty piece between ";;", a trailing ";"). */
class FundamentalRatiosTest {
    /** Pieces of a text TWS sent in 2017, as quoted in public code. */
    private static final String TWS = "TTMNPMGN=20.87228;NLOW=102.53;ALTCL=-99999.99;LATESTADATE=2017-07-01;QPR2REV=17.89067;;"
            + "TTMREVCHG=1.46127;CURRENCY=USD;MKTCAP=819302.8;";

    @Test
    void theTextBecomesRatiosInTheOrderSent() {
        FundamentalRatios ratios = FundamentalRatios.parse(TWS);

        assertThat(ratios.values()).containsOnlyKeys("TTMNPMGN", "NLOW", "ALTCL", "LATESTADATE", "QPR2REV", "TTMREVCHG", "CURRENCY",
                "MKTCAP");
        assertThat(ratios.values().keySet()).startsWith("TTMNPMGN", "NLOW");
        assertThat(ratios.number("TTMNPMGN")).hasValue(20.87228);
        assertThat(ratios.number("MKTCAP")).hasValue(819302.8);
        assertThat(ratios.number("ALTCL")).as("TWS's 'does not apply'").isEmpty();
        assertThat(ratios.value("ALTCL")).hasValue(FundamentalRatios.NOT_APPLICABLE);
        assertThat(ratios.number("CURRENCY")).isEmpty();
        assertThat(ratios.value("LATESTADATE")).hasValue("2017-07-01");
        assertThat(ratios.value("NOSUCH")).isEmpty();
    }

    @Test
    void aTickerKeepsTheLatestRatios() {
        TickerState state = new TickerState();
        state.apply(new StringTick(1, TickType.FUNDAMENTAL_RATIOS, TWS));

        assertThat(state.snapshot().fundamentalRatios()).hasValueSatisfying(ratios ->
                assertThat(ratios.number("NLOW")).hasValue(102.53));
        assertThat(new TickerState().snapshot().fundamentalRatios()).isEmpty();
    }
}
