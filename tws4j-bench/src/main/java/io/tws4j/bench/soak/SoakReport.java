package io.tws4j.bench.soak;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a soak run found. The figures that must be zero for tws4j's promise ("nothing silently
 * lost, nothing ambiguous") are gathered in {@link #violations()}.
 *
 * @param faultsByKind how many faults of each kind were injected
 * @param acknowledged orders whose call returned normally (acknowledged by the gateway)
 * @param notReceived orders reported as never received by the gateway, after they were written
 * @param notWritten orders refused before anything was written (placed while reconnecting)
 * @param rejectedByCode orders TWS rejected, by TWS's code (103 would be a duplicate order id)
 * @param silentlyLost orders whose call returned normally but that the gateway does not have
 * @param wronglyNotReceived orders reported as not received that the gateway does have (a resend would double-trade)
 * @param undefinedOutcomes calls and handles that ended without a definite outcome, by error
 * @param fillsBooked executions the gateway booked for the client
 * @param fillsMissing booked executions the order update stream never delivered
 * @param fillsDoubled executions the order update stream delivered more than once
 * @param commissionsMissing booked executions without a commission report on the stream
 * @param commissionsDoubled commission reports delivered more than once
 * @param overfills orders whose executions add up to more than their quantity
 * @param streamsDelivering streams delivering data after the last fault
 * @param streamsEnded streams that ended (none should)
 * @param missedResumptions by fault kind, streams that did not resume (with data after) within the patience after a fault
 * @param missedDetails the first few of those, described
 * @param resumeToFirstItemNanos for every stream and resumption, the time from the Resumed mark to the first data item
 */
public record SoakReport(SoakPlan plan, Duration elapsed, Map<String, Integer> faultsByKind, int acknowledged, int notReceived,
                         int notWritten, Map<Integer, Integer> rejectedByCode, long silentlyLost, long wronglyNotReceived,
                         Map<String, Integer> undefinedOutcomes, int fillsBooked, long fillsMissing, long fillsDoubled,
                         long commissionsMissing, long commissionsDoubled, long overfills, int streamsDelivering,
                         int streamsEnded, Map<String, Integer> missedResumptions, List<String> missedDetails,
                         List<Long> resumeToFirstItemNanos) {

    /** Returns one line per figure that breaks the promise; empty when the run kept it. */
    public List<String> violations() {
        java.util.ArrayList<String> broken = new java.util.ArrayList<>();
        check(broken, "orders silently lost", silentlyLost);
        check(broken, "orders reported not received but at the gateway", wronglyNotReceived);
        check(broken, "calls or handles without a definite outcome", undefinedOutcomes.values().stream().mapToLong(Integer::longValue).sum());
        check(broken, "refusals with 103 (duplicate order id)", rejectedByCode.getOrDefault(103, 0));
        check(broken, "fills missing from the order update stream", fillsMissing);
        check(broken, "fills delivered twice", fillsDoubled);
        check(broken, "commission reports missing", commissionsMissing);
        check(broken, "commission reports delivered twice", commissionsDoubled);
        check(broken, "overfilled orders", overfills);
        check(broken, "streams not delivering at the end", plan.streams() - streamsDelivering);
        check(broken, "streams that ended", streamsEnded);
        check(broken, "resumptions missed", missedResumptions.values().stream().mapToLong(Integer::longValue).sum());
        return broken;
    }

    /** Prints the report. */
    public void print(PrintStream out) {
        out.printf("%nsoak: %,d orders from %d threads, %d streams, %,d faults %s, seed %d, %.1f s%n", plan.orders(), plan.threads(),
                plan.streams(), faultsByKind.values().stream().mapToInt(Integer::intValue).sum(), faultsByKind, plan.seed(),
                elapsed.toMillis() / 1000.0);
        out.printf("  calls: %,d acknowledged, %,d not received (safe to resend), %,d refused while reconnecting, rejected %s%n",
                acknowledged, notReceived, notWritten, rejectedByCode);
        out.printf("  orders returned normally but not at the gateway (silently lost): %d%n", silentlyLost);
        out.printf("  orders reported not received but at the gateway:                %d%n", wronglyNotReceived);
        out.printf("  calls/handles with no definite outcome:                          %d %s%n",
                undefinedOutcomes.values().stream().mapToInt(Integer::intValue).sum(), undefinedOutcomes);
        out.printf("  refusals with 103 (duplicate order id):                          %d%n", rejectedByCode.getOrDefault(103, 0));
        out.printf("  fills booked %,d; missing from the live stream %d, delivered twice %d; commissions missing %d, twice %d%n",
                fillsBooked, fillsMissing, fillsDoubled, commissionsMissing, commissionsDoubled);
        out.printf("  overfilled orders:                                               %d%n", overfills);
        out.printf("  streams delivering at the end: %d of %d; ended: %d; resumptions missed after a fault: %s%n", streamsDelivering,
                plan.streams(), streamsEnded, missedResumptions);
        missedDetails.forEach(detail -> out.println("    " + detail));
        if (!resumeToFirstItemNanos.isEmpty()) {
            long[] sorted = resumeToFirstItemNanos.stream().mapToLong(Long::longValue).sorted().toArray();
            out.printf("  reconnect to first resumed item: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%,d resumptions)%n",
                    percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length);
        }
        List<String> broken = violations();
        out.println(broken.isEmpty() ? "  promise kept: every figure above that must be zero is zero" : "  BROKEN: " + broken);
    }

    private static void check(List<String> broken, String what, long count) {
        if (count != 0) {
            broken.add(what + ": " + count);
        }
    }

    static long percentile(long[] sorted, double p) {
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
    }

    @Override
    public String toString() {
        return "SoakReport" + Arrays.asList(acknowledged, notReceived, silentlyLost, wronglyNotReceived, fillsBooked, fillsMissing,
                fillsDoubled, overfills, streamsDelivering) + " " + violations();
    }
}
