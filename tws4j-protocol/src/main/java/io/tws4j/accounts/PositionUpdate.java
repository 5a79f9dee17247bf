package io.tws4j.accounts;

/**
 * An item of a positions stream: a position, or the marker that the initial list is complete
 * (positions that change later follow it).
 */
public sealed interface PositionUpdate permits Position, PositionsEnd {}
