package dev.jwasm.cli.repl;

import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;

/**
 * JLine's view of an input: words split at blanks (for completion), and module text accepted
 * only once its parentheses balance, so Enter in an unfinished {@code (module ...)} continues it
 * on the next line. Only double quotes quote, and backslashes stay as typed (module text has
 * its own escapes).
 */
final class ReplParser implements Parser {
    private final DefaultParser words = new DefaultParser();

    ReplParser() {
        words.setQuoteChars(new char[] {'"'});
        words.setEscapeChars(new char[0]);
        words.setEofOnUnclosedQuote(false);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE) {
            if (InputBalance.isModuleText(line) && InputBalance.needsMore(line)) {
                throw new EOFError(-1, -1, "unbalanced parentheses", ")");
            }
            // words only matter for completion; accepting never fails on them
            return words.parse(line, cursor, ParseContext.SPLIT_LINE);
        }
        return words.parse(line, cursor, context);
    }
}
