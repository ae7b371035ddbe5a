package dev.jwasm.cli.repl;

import java.io.PrintWriter;

/**
 * Where the REPL writes: one stream for results and messages alike (so a transcript keeps its
 * order), coloured only when the terminal shows colour.
 */
public final class Output {
    private final PrintWriter out;
    private final boolean color;

    public Output(PrintWriter out, boolean color) {
        this.out = out;
        this.color = color;
    }

    boolean color() {
        return color;
    }

    /** The text in a style, or as it is when colour is off. */
    String paint(Style style, String text) {
        return color ? style.paint(text) : text;
    }

    void line(String text) {
        out.println(text);
    }

    void line() {
        out.println();
    }

    /** A user error or failure: {@code error: MESSAGE}. */
    void error(String message) {
        out.println(paint(Style.ERROR, "error:") + " " + message);
    }

    /** A trap or other failure of Wasm code: {@code trap: MESSAGE}. */
    void trap(String message) {
        out.println(paint(Style.ERROR, "trap:") + " " + message);
    }

    void warning(String message) {
        out.println(paint(Style.WARNING, "warning:") + " " + message);
    }

    void flush() {
        out.flush();
    }
}
