package io.tws4j.orders;

import java.util.Objects;

/**
 * A one-cancels-all group: orders with the same group name, of which a fill of one cancels (or
 * reduces) the others.
 *
 * @param name the group's name, empty for no group
 * @param type what a fill does to the other orders
 */
public record OcaGroup(String name, OcaType type) {

    /** No group. */
    public static final OcaGroup NONE = new OcaGroup("", OcaType.UNSET);

    public OcaGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** Returns whether the order belongs to a group. */
    public boolean isSet() {
        return !name.isEmpty();
    }
}
