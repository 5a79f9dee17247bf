package io.tws4j.client.core;

import io.tws4j.connection.Notice;

/** A notice queued among a stream's data items; data items are queued as they are. */
public record NoticeItem(Notice notice) {}
