package dev.jwasm.parser.text;

/**
 * Recognizes the shapes of numeric tokens (spec "Text Format of Values", numbers): digits may be
 * separated by single underscores, hexadecimal forms start with {@code 0x}.
 */
final class NumberSyntax {
    private NumberSyntax() {
    }

    static boolean isNat(String s) {
        if (s.startsWith("0x")) {
            return hexnum(s, 2) == s.length();
        }
        return num(s, 0) == s.length();
    }

    static boolean isInt(String s) {
        return !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') && isNat(s.substring(1));
    }

    static boolean isFloat(String s) {
        int i = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
        String rest = s.substring(i);
        if (rest.equals("inf") || rest.equals("nan")) {
            return true;
        }
        if (rest.startsWith("nan:0x")) {
            return hexnum(rest, 6) == rest.length();
        }
        boolean hex = rest.startsWith("0x");
        int j = hex ? hexnum(rest, 2) : num(rest, 0);
        if (j < 0) {
            return false;
        }
        boolean fractionOrExponent = false;
        if (j < rest.length() && rest.charAt(j) == '.') {
            fractionOrExponent = true;
            j++;
            int k = hex ? hexnum(rest, j) : num(rest, j);
            if (k >= 0) {
                j = k;
            }
        }
        if (j < rest.length() && isExponentMark(rest.charAt(j), hex)) {
            fractionOrExponent = true;
            j++;
            if (j < rest.length() && (rest.charAt(j) == '+' || rest.charAt(j) == '-')) {
                j++;
            }
            j = num(rest, j);
            if (j < 0) {
                return false;
            }
        }
        return fractionOrExponent && j == rest.length();
    }

    private static boolean isExponentMark(char c, boolean hex) {
        return hex ? c == 'p' || c == 'P' : c == 'e' || c == 'E';
    }

    /** End of {@code digit ('_'? digit)*} starting at {@code i}, or -1. */
    static int num(String s, int i) {
        return digits(s, i, false);
    }

    /** End of {@code hexdigit ('_'? hexdigit)*} starting at {@code i}, or -1. */
    static int hexnum(String s, int i) {
        return digits(s, i, true);
    }

    private static int digits(String s, int i, boolean hex) {
        if (i >= s.length() || digitValue(s.charAt(i), hex) < 0) {
            return -1;
        }
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (digitValue(c, hex) >= 0) {
                i++;
            } else if (c == '_' && i + 1 < s.length() && digitValue(s.charAt(i + 1), hex) >= 0) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    static int digitValue(char c, boolean hex) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (hex && c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (hex && c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
