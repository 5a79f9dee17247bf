package io.tws4j.scanner.codec;

import io.tws4j.contracts.RandomContracts;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScanRow;
import io.tws4j.scanner.ScannerSubscription;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Seeded random scanner subscriptions and results, each optional value set or unset at random. */
final class RandomScans {
    private static final String[] WORDS = {"", "STK", "STK.US.MAJOR", "TOP_PERC_GAIN", "ALL", "Aaa", "20301231", "Ünïcode ✓", "a b"};
    private static final String[] TAGS = {"changePercAbove", "priceBelow", "marketCapAbove1e6", "avgVolumeAbove", "x"};

    private final RandomGenerator random;
    private final RandomContracts contracts;

    RandomScans(RandomGenerator random) {
        this.random = random;
        this.contracts = new RandomContracts(random);
    }

    ScannerSubscription subscription() {
        ScannerSubscription.Builder scan = ScannerSubscription.builder(ScanCode.of("SCAN_" + random.nextInt(100)))
                .instrument(word()).locationCode(word())
                .moodyRating(word(), word()).spRating(word(), word()).maturityDate(word(), word())
                .excludeConvertible(random.nextBoolean()).scannerSettingPairs(word()).stockTypeFilter(word());
        maybe(() -> scan.numberOfRows(random.nextInt(51)));
        maybe(() -> scan.abovePrice(price()));
        maybe(() -> scan.belowPrice(price()));
        maybe(() -> scan.aboveVolume(random.nextLong(0, 1L << 40)));
        maybe(() -> scan.marketCapAbove(price() * 1e9));
        maybe(() -> scan.marketCapBelow(price() * 1e9));
        maybe(() -> scan.couponRateAbove(price() / 100));
        maybe(() -> scan.couponRateBelow(price() / 100));
        maybe(() -> scan.averageOptionVolumeAbove(random.nextLong(0, 1_000_000)));
        for (int i = random.nextInt(4); i > 0; i--) {
            scan.filterOption(TAGS[random.nextInt(TAGS.length)], word());
        }
        if (random.nextInt(4) == 0) {
            scan.option("reserved", word());
        }
        return scan.build();
    }

    ScanResult result() {
        List<ScanRow> rows = new ArrayList<>();
        for (int rank = 0, size = random.nextInt(8); rank < size; rank++) {
            rows.add(new ScanRow(rank, contracts.contract(), word(), word(), word(), word(), word()));
        }
        return new ScanResult(rows);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private double price() {
        return random.nextInt(1, 100_000) / 100.0;
    }

    private void maybe(Runnable set) {
        if (random.nextBoolean()) {
            set.run();
        }
    }
}
