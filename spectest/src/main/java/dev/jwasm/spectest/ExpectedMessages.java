package dev.jwasm.spectest;

import java.util.List;
import java.util.Map;

/**
 * Whether an error message satisfies a script's expected text: it must contain it, or one of
 * the alternatives this table lists for it. The table is for wording that legitimately
 * differs from the reference interpreter's; each entry says why.
 */
final class ExpectedMessages {

    private ExpectedMessages() {
    }

    /**
     * Expected text to accepted alternatives. Empty today: every message of jwasm's front end
     * that the testsuite checks uses the reference interpreter's wording.
     */
    static final Map<String, List<String>> ALIASES = Map.of();

    static boolean matches(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        if (actual.contains(expected)) {
            return true;
        }
        for (String alternative : ALIASES.getOrDefault(expected, List.of())) {
            if (actual.contains(alternative)) {
                return true;
            }
        }
        return false;
    }
}
