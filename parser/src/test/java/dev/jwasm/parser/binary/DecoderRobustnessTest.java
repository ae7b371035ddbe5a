package dev.jwasm.parser.binary;

import static org.junit.jupiter.api.Assertions.fail;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.WasmModule;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever the bytes, decoding either succeeds or fails with a {@link MalformedModuleException}:
 * never an index, size, arithmetic or memory error, never a stack overflow.
 */
class DecoderRobustnessTest {
    private static final byte[] HEADER = {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};

    private static void decodesOrIsMalformed(byte[] bytes) {
        for (Features features : new Features[] {Features.wasm3(), RoundTripTest.ALL}) {
            try {
                ModuleDecoder.decode(bytes, features);
            } catch (MalformedModuleException expected) {
                // the only acceptable failure
            } catch (Throwable t) {
                fail("decoding " + Arrays.toString(bytes) + " threw " + t, t);
            }
        }
    }

    @Property(tries = 2000)
    void arbitraryBytes(@ForAll @Size(max = 300) byte[] bytes) {
        decodesOrIsMalformed(bytes);
    }

    @Property(tries = 3000)
    void arbitraryBytesAfterAValidHeader(@ForAll @Size(max = 300) byte[] body) {
        byte[] bytes = Arrays.copyOf(HEADER, HEADER.length + body.length);
        System.arraycopy(body, 0, bytes, HEADER.length, body.length);
        decodesOrIsMalformed(bytes);
    }

    @Provide
    Arbitrary<byte[]> mutatedModules() {
        return Arbitraries.randomValue(random -> mutate(ModuleEncoder.encode(ModuleGenerator.generate(random)), random));
    }

    @Property(tries = 10000)
    void mutatedValidModules(@ForAll("mutatedModules") byte[] bytes) {
        decodesOrIsMalformed(bytes);
    }

    /** One to six random edits: flip, overwrite with a telling value, insert, delete, truncate. */
    static byte[] mutate(byte[] original, Random r) {
        byte[] b = original;
        for (int edits = 1 + r.nextInt(6); edits > 0; edits--) {
            if (b.length <= HEADER.length) {
                return b;
            }
            // mostly leave the header alone, so that the edits reach the sections
            int at = r.nextInt(10) == 0 ? r.nextInt(b.length) : HEADER.length + r.nextInt(b.length - HEADER.length);
            switch (r.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << r.nextInt(8));
                case 1 -> b[at] = (byte) new int[] {0x00, 0x7F, 0x80, 0xFF, 0x0B, 0x05, 0x40, 0x02}[r.nextInt(8)];
                case 2 -> {
                    byte[] longer = new byte[b.length + 1];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = (byte) r.nextInt(256);
                    System.arraycopy(b, at, longer, at + 1, b.length - at);
                    b = longer;
                }
                case 3 -> {
                    byte[] shorter = new byte[b.length - 1];
                    System.arraycopy(b, 0, shorter, 0, at);
                    System.arraycopy(b, at + 1, shorter, at, b.length - at - 1);
                    b = shorter;
                }
                case 4 -> b = Arrays.copyOf(b, at);
                default -> {
                    // a maximal u32 (0xFFFFFFFF) where a count or size was: must be refused before allocating
                    byte[] longer = new byte[b.length + 4];
                    System.arraycopy(b, 0, longer, 0, at);
                    longer[at] = (byte) 0xFF;
                    longer[at + 1] = (byte) 0xFF;
                    longer[at + 2] = (byte) 0xFF;
                    longer[at + 3] = (byte) 0xFF;
                    longer[at + 4] = 0x0F;
                    System.arraycopy(b, at + 1, longer, at + 5, b.length - at - 1);
                    b = longer;
                }
            }
        }
        return b;
    }

    @Property(tries = 500)
    void truncationsOfAValidModuleDecodeOrAreMalformed(@ForAll("wellFormed") WasmModule module) {
        byte[] bytes = ModuleEncoder.encode(module);
        for (int len = 0; len < bytes.length; len += 1 + len / 16) {
            decodesOrIsMalformed(Arrays.copyOf(bytes, len));
        }
    }

    @Provide
    Arbitrary<WasmModule> wellFormed() {
        return ModuleGenerator.modules();
    }
}
