package dev.jwasm.interpreter;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method with more than 8,000 bytes of bytecode
 * ({@code -XX:-DontCompileHugeMethods} is off by default), so an interpreter loop above that
 * would stay interpreted forever. Reads the compiled class files of the interpreter with a
 * small class-file reader and fails if any method is over the limit.
 */
class InterpreterMethodSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;

    @Test
    void noInterpreterMethodIsTooLargeForTheJit() throws Exception {
        Map<String, Integer> sizes = methodSizes();
        assertTrue(sizes.containsKey("Interpreter.run"), "the hot loop was not found: " + sizes.keySet());
        List<String> huge = new ArrayList<>();
        sizes.forEach((method, size) -> {
            if (size > HUGE_METHOD_LIMIT) {
                huge.add(method + " (" + size + " bytes)");
            }
        });
        assertTrue(huge.isEmpty(), "methods HotSpot will not compile: " + huge);
    }

    @Test
    void theReaderSeesRealSizes() throws Exception {
        int run = methodSizes().get("Interpreter.run");
        assertTrue(run > 1000, "Interpreter.run is only " + run + " bytes?");
        assertFalse(methodSizes().isEmpty());
    }

    /** Bytecode length of every method of every class of the interpreter package, by "Class.method". */
    static Map<String, Integer> methodSizes() throws IOException, URISyntaxException {
        Path dir = Path.of(Interpreter.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/jwasm/interpreter");
        Map<String, Integer> sizes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String cls = file.getFileName().toString().replace(".class", "");
                try (InputStream in = Files.newInputStream(file)) {
                    readMethods(new DataInputStream(in), cls, sizes);
                }
            }
        }
        return sizes;
    }

    private static void readMethods(DataInputStream in, String cls, Map<String, Integer> sizes) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException(cls + " is not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException(cls + ": unknown constant pool tag " + tag);
            }
        }
        in.skipBytes(6);
        in.skipBytes(2 * in.readUnsignedShort());
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipBytes(6);
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.skipBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipBytes(2);
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if (attribute.equals("Code")) {
                    in.skipBytes(4);
                    int codeLength = in.readInt();
                    sizes.merge(cls + "." + name, codeLength, Math::max);
                    in.skipBytes(length - 8);
                } else {
                    in.skipBytes(length);
                }
            }
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            in.skipBytes(2);
            in.skipBytes(in.readInt());
        }
    }

    /** Prints the largest methods (run by hand when splitting handlers). */
    public static void main(String[] args) throws Exception {
        methodSizes().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.println(e.getValue() + "\t" + e.getKey()));
    }
}
