package io.tws4j.orders;

import io.tws4j.accounts.SoftDollarTier;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Who the order is for and how it clears: institutional clearing, short-sale location, the
 * regulatory fields (rule 80A, MiFID II, manual-order indicator), the model and soft-dollar tier.
 * Most accounts need none of it. Empty strings and zero are unset, except the exemption code,
 * whose unset value is -1 as in IB's clients.
 *
 * @param settlingFirm the institutional settling firm
 * @param clearingAccount the clearing account of an away-clearing order
 * @param clearingIntent {@code IB}, {@code Away} or {@code PTA} (post-trade allocation)
 * @param openClose {@code O} to open or {@code C} to close, for institutional option orders
 * @param origin 0 for a customer, 1 for a firm
 * @param shortSaleSlot 1 if the broker holds the shares, 2 if they are delivered from elsewhere, 0 when unset
 * @param designatedLocation where shares for a short sale are (with slot 2)
 * @param exemptCode the short-sale exemption code, -1 when unset
 * @param rule80A the NYSE rule 80A order capacity code
 * @param modelCode the model the order belongs to (advisors)
 * @param extOperator the external operator (regulatory)
 * @param customerAccount the customer's account at an introducing broker
 * @param professionalCustomer whether the customer is a professional
 * @param shareholder the shareholder of an order on a Japanese exchange
 * @param submitter who submitted the order (regulatory)
 * @param manualOrderIndicator whether a person entered the order (regulatory; TWS's default when empty)
 * @param bondAccruedInterest the accrued interest of a bond order
 * @param softDollarTier the soft-dollar tier the commission is charged to
 * @param mifid2DecisionMaker the MiFID II decision maker
 * @param mifid2DecisionAlgo the MiFID II decision algorithm
 * @param mifid2ExecutionTrader the MiFID II execution trader
 * @param mifid2ExecutionAlgo the MiFID II execution algorithm
 */
public record OrderClearing(String settlingFirm, String clearingAccount, String clearingIntent, String openClose,
                            int origin, int shortSaleSlot, String designatedLocation, int exemptCode, String rule80A,
                            String modelCode, String extOperator, String customerAccount, boolean professionalCustomer,
                            String shareholder, String submitter, OptionalInt manualOrderIndicator,
                            String bondAccruedInterest, SoftDollarTier softDollarTier, String mifid2DecisionMaker,
                            String mifid2DecisionAlgo, String mifid2ExecutionTrader, String mifid2ExecutionAlgo) {

    /** Nothing set: a customer's order clearing at IB. */
    public static final OrderClearing NONE = builder().build();

    public OrderClearing {
        Objects.requireNonNull(settlingFirm, "settlingFirm");
        Objects.requireNonNull(clearingAccount, "clearingAccount");
        Objects.requireNonNull(clearingIntent, "clearingIntent");
        Objects.requireNonNull(openClose, "openClose");
        Objects.requireNonNull(designatedLocation, "designatedLocation");
        Objects.requireNonNull(rule80A, "rule80A");
        Objects.requireNonNull(modelCode, "modelCode");
        Objects.requireNonNull(extOperator, "extOperator");
        Objects.requireNonNull(customerAccount, "customerAccount");
        Objects.requireNonNull(shareholder, "shareholder");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(manualOrderIndicator, "manualOrderIndicator");
        Objects.requireNonNull(bondAccruedInterest, "bondAccruedInterest");
        Objects.requireNonNull(softDollarTier, "softDollarTier");
        Objects.requireNonNull(mifid2DecisionMaker, "mifid2DecisionMaker");
        Objects.requireNonNull(mifid2DecisionAlgo, "mifid2DecisionAlgo");
        Objects.requireNonNull(mifid2ExecutionTrader, "mifid2ExecutionTrader");
        Objects.requireNonNull(mifid2ExecutionAlgo, "mifid2ExecutionAlgo");
    }

    /** Starts with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these values. */
    public Builder toBuilder() {
        return new Builder().settlingFirm(settlingFirm).clearingAccount(clearingAccount).clearingIntent(clearingIntent)
                .openClose(openClose).origin(origin).shortSale(shortSaleSlot, designatedLocation, exemptCode)
                .rule80A(rule80A).modelCode(modelCode).extOperator(extOperator).customerAccount(customerAccount)
                .professionalCustomer(professionalCustomer).shareholder(shareholder).submitter(submitter)
                .manualOrderIndicator(manualOrderIndicator).bondAccruedInterest(bondAccruedInterest)
                .softDollarTier(softDollarTier)
                .mifid2(mifid2DecisionMaker, mifid2DecisionAlgo, mifid2ExecutionTrader, mifid2ExecutionAlgo);
    }

    /** Builds {@link OrderClearing}; setters are named after the components. */
    public static final class Builder {
        private String settlingFirm = "";
        private String clearingAccount = "";
        private String clearingIntent = "";
        private String openClose = "";
        private int origin;
        private int shortSaleSlot;
        private String designatedLocation = "";
        private int exemptCode = -1;
        private String rule80A = "";
        private String modelCode = "";
        private String extOperator = "";
        private String customerAccount = "";
        private boolean professionalCustomer;
        private String shareholder = "";
        private String submitter = "";
        private OptionalInt manualOrderIndicator = OptionalInt.empty();
        private String bondAccruedInterest = "";
        private SoftDollarTier softDollarTier = SoftDollarTier.NONE;
        private String mifid2DecisionMaker = "";
        private String mifid2DecisionAlgo = "";
        private String mifid2ExecutionTrader = "";
        private String mifid2ExecutionAlgo = "";

        private Builder() {}

        public Builder settlingFirm(String v) { settlingFirm = Objects.requireNonNull(v); return this; }
        public Builder clearingAccount(String v) { clearingAccount = Objects.requireNonNull(v); return this; }
        public Builder clearingIntent(String v) { clearingIntent = Objects.requireNonNull(v); return this; }
        public Builder openClose(String v) { openClose = Objects.requireNonNull(v); return this; }
        public Builder origin(int v) { origin = v; return this; }

        /** Sets the short-sale slot, the shares' location and the exemption code (-1 for none). */
        public Builder shortSale(int slot, String location, int exemption) {
            shortSaleSlot = slot;
            designatedLocation = Objects.requireNonNull(location);
            exemptCode = exemption;
            return this;
        }

        public Builder rule80A(String v) { rule80A = Objects.requireNonNull(v); return this; }
        public Builder modelCode(String v) { modelCode = Objects.requireNonNull(v); return this; }
        public Builder extOperator(String v) { extOperator = Objects.requireNonNull(v); return this; }
        public Builder customerAccount(String v) { customerAccount = Objects.requireNonNull(v); return this; }
        public Builder professionalCustomer(boolean v) { professionalCustomer = v; return this; }
        public Builder shareholder(String v) { shareholder = Objects.requireNonNull(v); return this; }
        public Builder submitter(String v) { submitter = Objects.requireNonNull(v); return this; }
        public Builder manualOrderIndicator(OptionalInt v) { manualOrderIndicator = Objects.requireNonNull(v); return this; }
        public Builder bondAccruedInterest(String v) { bondAccruedInterest = Objects.requireNonNull(v); return this; }
        public Builder softDollarTier(SoftDollarTier v) { softDollarTier = Objects.requireNonNull(v); return this; }

        /** Sets the four MiFID II fields. */
        public Builder mifid2(String decisionMaker, String decisionAlgo, String executionTrader, String executionAlgo) {
            mifid2DecisionMaker = Objects.requireNonNull(decisionMaker);
            mifid2DecisionAlgo = Objects.requireNonNull(decisionAlgo);
            mifid2ExecutionTrader = Objects.requireNonNull(executionTrader);
            mifid2ExecutionAlgo = Objects.requireNonNull(executionAlgo);
            return this;
        }

        public OrderClearing build() {
            return new OrderClearing(settlingFirm, clearingAccount, clearingIntent, openClose, origin, shortSaleSlot,
                    designatedLocation, exemptCode, rule80A, modelCode, extOperator, customerAccount, professionalCustomer,
                    shareholder, submitter, manualOrderIndicator, bondAccruedInterest, softDollarTier, mifid2DecisionMaker,
                    mifid2DecisionAlgo, mifid2ExecutionTrader, mifid2ExecutionAlgo);
        }
    }
}
