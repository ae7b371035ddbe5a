package dev.jwasm.spectest;

/**
 * What happened to one top-level command of a script.
 *
 * @param line     the command's source line (1-based)
 * @param command  the command's keyword, e.g. {@code assert_invalid}
 * @param status   passed, failed or skipped
 * @param expected for a failure: what the script expected
 * @param actual   for a failure: what jwasm did instead; for a skip: the reason
 */
public record CommandOutcome(int line, String command, Status status, String expected, String actual) {

    public enum Status { PASSED, FAILED, SKIPPED }

    public static CommandOutcome passed(int line, String command) {
        return new CommandOutcome(line, command, Status.PASSED, "", "");
    }

    public static CommandOutcome failed(int line, String command, String expected, String actual) {
        return new CommandOutcome(line, command, Status.FAILED, expected, actual);
    }

    public static CommandOutcome skipped(int line, String command, String reason) {
        return new CommandOutcome(line, command, Status.SKIPPED, "", reason);
    }

    /** The reason of a skip (the same text as {@link #actual()}). */
    public String reason() {
        return actual;
    }
}
