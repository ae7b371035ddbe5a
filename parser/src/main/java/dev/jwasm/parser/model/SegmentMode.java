package dev.jwasm.parser.model;

/** How an element or data segment is used. Data segments are never declarative. */
public enum SegmentMode {
    ACTIVE,
    PASSIVE,
    DECLARATIVE
}
