package dev.jwasm.runtime.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.runtime.Trap;

/** The trap check the scalar operation tests share. */
final class TrapAssertions {
    private TrapAssertions() {
    }

    /** {@code op} must trap with exactly {@code message} (the spec testsuite's wording). */
    static void assertTrap(String message, Runnable op) {
        Trap trap = assertThrows(Trap.class, op::run);
        assertEquals(message, trap.getMessage());
    }
}
