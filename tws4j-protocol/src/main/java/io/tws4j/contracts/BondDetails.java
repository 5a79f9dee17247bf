package io.tws4j.contracts;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The bond part of contract details, with each value as TWS sends it. TWS gives few of these
 * for bonds whose data the account is not licensed for.
 *
 * @param cusip the CUSIP
 * @param issueDate the issue date, {@code yyyyMMdd}
 * @param ratings the credit ratings
 * @param bondType the bond type
 * @param coupon the coupon rate in percent
 * @param couponType the coupon type, e.g. {@code FIXED}
 * @param convertible whether the bond converts to stock
 * @param callable whether the issuer may redeem it early
 * @param puttable whether the holder may redeem it early
 * @param descAppend additional description
 * @param nextOptionDate the date of the next call or put
 * @param nextOptionType the type of the next option ({@code CALL} or {@code PUT})
 * @param nextOptionPartial whether the next option is for part of the issue
 * @param notes notes
 */
public record BondDetails(String cusip, String issueDate, String ratings, String bondType, double coupon,
                          String couponType, boolean convertible, boolean callable, boolean puttable, String descAppend,
                          String nextOptionDate, String nextOptionType, boolean nextOptionPartial, String notes) {

    public BondDetails {
        for (String value : new String[] {cusip, issueDate, ratings, bondType, couponType, descAppend, nextOptionDate,
                nextOptionType, notes}) {
            Objects.requireNonNull(value, "bond details have no null fields");
        }
    }

    /** Returns the issue date, if it is a {@code yyyyMMdd} date. */
    public Optional<LocalDate> issued() {
        return Contract.parseDay(issueDate);
    }

    /** Returns whether every field is unset, as for a contract that is not a bond. */
    public boolean isEmpty() {
        return equals(new BondDetails("", "", "", "", 0, "", false, false, false, "", "", "", false, ""));
    }
}
