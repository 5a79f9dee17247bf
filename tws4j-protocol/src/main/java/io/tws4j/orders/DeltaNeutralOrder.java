package io.tws4j.orders;

import java.util.Objects;

/**
 * The hedge order a volatility order places when it fills (delta-neutral hedging). Empty and
 * zero are unset.
 *
 * @param orderType the hedge's order type code, e.g. {@code MKT} or {@code LMT}
 * @param auxPrice the hedge's aux price
 * @param conId the contract to hedge with
 * @param openClose {@code O} or {@code C}, institutional
 * @param shortSale whether the hedge is a short sale
 * @param shortSaleSlot the hedge's short-sale slot
 * @param designatedLocation the hedge's short-sale location
 * @param settlingFirm the hedge's settling firm
 * @param clearingAccount the hedge's clearing account
 * @param clearingIntent the hedge's clearing intent
 */
public record DeltaNeutralOrder(String orderType, double auxPrice, int conId, String openClose, boolean shortSale,
                                int shortSaleSlot, String designatedLocation, String settlingFirm, String clearingAccount,
                                String clearingIntent) {

    /** No hedge. */
    public static final DeltaNeutralOrder NONE = new DeltaNeutralOrder("", 0, 0, "", false, 0, "", "", "", "");

    public DeltaNeutralOrder {
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(openClose, "openClose");
        Objects.requireNonNull(designatedLocation, "designatedLocation");
        Objects.requireNonNull(settlingFirm, "settlingFirm");
        Objects.requireNonNull(clearingAccount, "clearingAccount");
        Objects.requireNonNull(clearingIntent, "clearingIntent");
    }

    /** A hedge of the given order type (and aux price, 0 for none) on the order's own underlying. */
    public static DeltaNeutralOrder of(OrderType type, double auxPrice) {
        return new DeltaNeutralOrder(type.wireValue(), auxPrice, 0, "", false, 0, "", "", "", "");
    }
}
