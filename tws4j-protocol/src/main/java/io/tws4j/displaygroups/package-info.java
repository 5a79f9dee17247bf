/**
 * TWS display groups: the colour-coded groups that link TWS windows to one contract.
 *
 * <p>Everything is non-null unless documented otherwise.
 */
package io.tws4j.displaygroups;
