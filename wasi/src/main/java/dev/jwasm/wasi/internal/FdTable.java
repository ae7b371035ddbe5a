package dev.jwasm.wasi.internal;

import dev.jwasm.wasi.Errno;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The guest's descriptors by number; a new one takes the lowest free number. */
final class FdTable {
    /** Descriptors one guest may hold open at once. */
    static final int MAX_OPEN = 16_384;

    private final List<Descriptor> table = new ArrayList<>();
    private int open;

    Descriptor get(int fd) throws ErrnoException {
        Descriptor d = fd >= 0 && fd < table.size() ? table.get(fd) : null;
        if (d == null) {
            throw ErrnoException.of(Errno.BADF);
        }
        return d;
    }

    /** Like {@link #get} but null for a number that is not open. */
    Descriptor find(int fd) {
        return fd >= 0 && fd < table.size() ? table.get(fd) : null;
    }

    int add(Descriptor d) throws ErrnoException {
        if (open >= MAX_OPEN) {
            throw ErrnoException.of(Errno.MFILE);
        }
        open++;
        for (int i = 0; i < table.size(); i++) {
            if (table.get(i) == null) {
                table.set(i, d);
                return i;
            }
        }
        table.add(d);
        return table.size() - 1;
    }

    Descriptor remove(int fd) throws ErrnoException {
        Descriptor d = get(fd);
        table.set(fd, null);
        open--;
        while (!table.isEmpty() && table.get(table.size() - 1) == null) {
            table.remove(table.size() - 1);
        }
        return d;
    }

    /** {@code fd_renumber}: {@code from} takes number {@code to}, closing what was there. */
    void renumber(int from, int to) throws ErrnoException, IOException {
        Descriptor d = get(from);
        Descriptor old = get(to);
        if (from == to) {
            return;
        }
        table.set(to, d);
        table.set(from, null);
        open--;
        while (!table.isEmpty() && table.get(table.size() - 1) == null) {
            table.remove(table.size() - 1);
        }
        old.close();
    }

    /** Every open descriptor, for closing them all. */
    List<Descriptor> all() {
        List<Descriptor> all = new ArrayList<>();
        for (Descriptor d : table) {
            if (d != null) {
                all.add(d);
            }
        }
        return all;
    }
}
