package dev.jwasm.cli.repl;

/**
 * Bytes as lines of sixteen: the address, the bytes in hex (a gap after eight), and the bytes
 * as ASCII between bars, dots for the unprintable. Zero bytes are dimmed when there is colour.
 */
final class HexDump {
    private HexDump() {
    }

    static void print(Output out, long address, byte[] bytes, boolean wideAddresses) {
        // lines start at multiples of 16, so addresses line up between dumps
        long first = address & ~15L;
        for (long line = first; line < address + bytes.length; line += 16) {
            StringBuilder hex = new StringBuilder();
            StringBuilder ascii = new StringBuilder();
            for (int col = 0; col < 16; col++) {
                long at = line + col;
                if (col == 8) {
                    hex.append(' ');
                }
                if (at < address || at >= address + bytes.length) {
                    hex.append("   ");
                    ascii.append(' ');
                    continue;
                }
                int b = bytes[(int) (at - address)] & 0xFF;
                String two = String.format("%02x", b);
                hex.append(b == 0 ? out.paint(Style.DIM, two) : two).append(' ');
                ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
            }
            String where = wideAddresses ? String.format("%016x", line) : String.format("%08x", line);
            out.line(out.paint(Style.TYPE, where) + "  " + hex + " " + out.paint(Style.DIM, "|") + ascii
                    + out.paint(Style.DIM, "|"));
        }
    }
}
