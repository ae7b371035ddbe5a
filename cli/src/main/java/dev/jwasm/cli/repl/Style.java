package dev.jwasm.cli.repl;

/** The roles text plays in the REPL's output, each with its ANSI colour. */
enum Style {
    PROMPT("1;32"),
    ERROR("1;31"),
    WARNING("33"),
    VALUE("1"),
    TYPE("36"),
    NAME("1;33"),
    KIND("35"),
    DIM("2"),
    HEADING("1"),
    OK("32");

    private final String sgr;

    Style(String sgr) {
        this.sgr = sgr;
    }

    /** The text wrapped in this style's escape sequence. */
    String paint(String text) {
        return "\u001b[" + sgr + "m" + text + "\u001b[0m";
    }
}
