package io.tws4j.contracts;

import java.util.Objects;

/**
 * One leg of a combo (BAG) contract. Built with {@link #of(int, LegAction, int)} for the usual
 * case; the other fields matter only to institutional short sales and leg prices.
 *
 * @param conId the leg contract's id
 * @param ratio how many units of this leg per unit of the combo
 * @param action the leg's action code as sent ({@code BUY}, {@code SELL}, {@code SSHORT}); see {@link #legAction()}
 * @param exchange where the leg is routed, or empty for the combo's exchange
 * @param openClose 0 same as the parent, 1 open, 2 close, 3 unknown
 * @param shortSaleSlot 1 clearing broker, 2 third party (institutional short sales)
 * @param designatedLocation where the shares are held when {@code shortSaleSlot} is 2
 * @param exemptCode the short-sale exemption code, -1 for none
 * @param perLegPrice the leg's own price, 0 for none
 */
public record ComboLeg(int conId, int ratio, String action, String exchange, int openClose, int shortSaleSlot,
                       String designatedLocation, int exemptCode, double perLegPrice) {

    public ComboLeg {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(designatedLocation, "designatedLocation");
    }

    /**
     * Returns a leg with only the essentials set.
     *
     * @throws IllegalArgumentException if the contract id or the ratio is not positive
     */
    public static ComboLeg of(int conId, LegAction action, int ratio) {
        if (conId <= 0) {
            throw new IllegalArgumentException("a combo leg needs the leg contract's conId (positive), not " + conId);
        }
        if (ratio <= 0) {
            throw new IllegalArgumentException("a combo leg's ratio must be positive, not " + ratio);
        }
        if (action == LegAction.UNKNOWN) {
            throw new IllegalArgumentException("a combo leg needs an action: BUY, SELL or SELL_SHORT");
        }
        return new ComboLeg(conId, ratio, action.wireValue(), "", 0, 0, "", -1, 0);
    }

    /** Returns the leg's action. */
    public LegAction legAction() {
        return LegAction.of(action);
    }
}
