package dev.jwasm.parser.binary;

/** Strict UTF-8 well-formedness as the spec defines it for names (no overlongs, no surrogates, at most U+10FFFF). */
final class Utf8 {
    private Utf8() {
    }

    static boolean isWellFormed(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2) {
                return false; // continuation byte or overlong 2-byte lead
            }
            if (c < 0xE0) {
                if (i + 1 >= to || !isContinuation(b[i + 1])) {
                    return false;
                }
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= to) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (!isContinuation(b[i + 1]) || !isContinuation(b[i + 2])) {
                    return false;
                }
                if (c == 0xE0 && c1 < 0xA0) {
                    return false; // overlong
                }
                if (c == 0xED && c1 >= 0xA0) {
                    return false; // surrogate
                }
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= to) {
                    return false;
                }
                int c1 = b[i + 1] & 0xFF;
                if (!isContinuation(b[i + 1]) || !isContinuation(b[i + 2]) || !isContinuation(b[i + 3])) {
                    return false;
                }
                if (c == 0xF0 && c1 < 0x90) {
                    return false; // overlong
                }
                if (c == 0xF4 && c1 >= 0x90) {
                    return false; // above U+10FFFF
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
