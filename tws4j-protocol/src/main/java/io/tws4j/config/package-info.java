/**
 * The TWS configuration the API reads and updates (server versions 219 and 221): Lock and Exit,
 * message prompts, API precautions and settings, and SMART routing; the update request and what
 * TWS made of it.
 *
 * <p>Everything is non-null unless documented otherwise. A value TWS did not report, or that an
 * update leaves as it is, is an empty {@code Optional}; a part with no values is its {@code EMPTY}
 * constant.
 */
package io.tws4j.config;
