package dev.jwasm.parser.binary;

import static dev.jwasm.parser.binary.Bytes.concat;
import static dev.jwasm.parser.binary.Bytes.module;
import static dev.jwasm.parser.binary.Bytes.of;
import static dev.jwasm.parser.binary.Bytes.oneFunction;
import static dev.jwasm.parser.binary.Bytes.section;
import static dev.jwasm.parser.binary.Bytes.voidFuncType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One or more hand-written modules for each kind of decoding error, with the testsuite's wording. */
class MalformedModulesTest {

    private static void assertMalformed(String message, byte[] bytes) {
        assertMalformed(message, bytes, Features.wasm3());
    }

    private static void assertMalformed(String message, byte[] bytes, Features features) {
        MalformedModuleException e = assertThrows(MalformedModuleException.class,
                () -> ModuleDecoder.decode(bytes, features));
        assertEquals(message, e.getMessage());
    }

    private static final String END = "unexpected end of section or function";

    @Nested
    class Header {
        @Test
        void emptyInputIsUnexpectedEnd() {
            assertMalformed(END, new byte[0]);
        }

        @Test
        void truncatedMagicIsUnexpectedEnd() {
            assertMalformed(END, of(0x00, 0x61, 0x73));
        }

        @Test
        void wrongMagic() {
            assertMalformed("magic header not detected", of(0x00, 0x41, 0x53, 0x4D, 0x01, 0, 0, 0));
        }

        @Test
        void truncatedVersionIsUnexpectedEnd() {
            assertMalformed(END, of(0x00, 0x61, 0x73, 0x6D, 0x01, 0x00));
        }

        @Test
        void wrongVersion() {
            assertMalformed("unknown binary version", of(0x00, 0x61, 0x73, 0x6D, 0x0D, 0, 0, 0));
        }
    }

    @Nested
    class Sections {
        @Test
        void unknownSectionId() {
            assertMalformed("malformed section id", module(of(0x0E, 0x01, 0x00)));
        }

        @Test
        void sectionIdAsLebIsNotAccepted() {
            assertMalformed("malformed section id", module(of(0x80, 0x01, 0x00)));
        }

        @Test
        void sectionShorterThanItsContent() {
            // type section says 3 bytes but its one type needs 4
            assertMalformed("section size mismatch", module(of(0x01, 0x03, 0x01, 0x60, 0x00, 0x00)));
        }

        @Test
        void sectionLongerThanItsContent() {
            assertMalformed("section size mismatch", module(of(0x01, 0x05, 0x01, 0x60, 0x00, 0x00, 0x00)));
        }

        @Test
        void sectionSizeBeyondTheInput() {
            assertMalformed("length out of bounds", module(of(0x01, 0x7F, 0x00)));
        }

        @Test
        void duplicateSection() {
            assertMalformed("unexpected content after last section", module(voidFuncType(), voidFuncType()));
        }

        @Test
        void sectionsOutOfOrder() {
            assertMalformed("unexpected content after last section",
                    module(section(3, 0x00), section(1, 0x00)));
        }

        @Test
        void tagSectionBelongsBeforeGlobals() {
            assertMalformed("unexpected content after last section",
                    module(section(6, 0x00), section(13, 0x00)));
        }

        @Test
        void dataCountBelongsBeforeCode() {
            assertMalformed("unexpected content after last section",
                    module(section(10, 0x00), section(12, 0x00)));
        }

        @Test
        void missingSectionSizeIsUnexpectedEnd() {
            assertMalformed(END, module(of(0x01)));
        }

        @Test
        void functionWithoutCode() {
            assertMalformed("function and code section have inconsistent lengths",
                    module(voidFuncType(), section(3, 0x01, 0x00)));
        }

        @Test
        void codeWithoutFunction() {
            assertMalformed("function and code section have inconsistent lengths",
                    module(voidFuncType(), section(10, 0x01, 0x02, 0x00, 0x0B)));
        }

        @Test
        void dataCountDisagreesWithData() {
            assertMalformed("data count and data section have inconsistent lengths",
                    module(section(12, 0x02), section(11, 0x01, 0x01, 0x00)));
        }

        @Test
        void dataCountWithoutDataSection() {
            assertMalformed("data count and data section have inconsistent lengths", module(section(12, 0x01)));
        }

        @Test
        void dataDropNeedsDataCount() {
            assertMalformed("data count section required", module(oneFunction(of(0x00, 0xFC, 0x09, 0x00, 0x0B))));
        }

        @Test
        void arrayNewDataNeedsDataCount() {
            assertMalformed("data count section required",
                    module(oneFunction(of(0x00, 0xFB, 0x09, 0x00, 0x00, 0x0B))));
        }
    }

    @Nested
    class Integers {
        @Test
        void u32WithTooManyBytes() {
            // function index of call as a six-byte LEB
            assertMalformed("integer representation too long",
                    module(oneFunction(of(0x00, 0x10, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0B))));
        }

        @Test
        void u32WithBitsBeyond32() {
            assertMalformed("integer too large",
                    module(oneFunction(of(0x00, 0x10, 0x80, 0x80, 0x80, 0x80, 0x10, 0x0B))));
        }

        @Test
        void s32WithWrongSignBits() {
            assertMalformed("integer too large",
                    module(oneFunction(of(0x00, 0x41, 0x80, 0x80, 0x80, 0x80, 0x70, 0x1A, 0x0B))));
        }

        @Test
        void s64WithTooManyBytes() {
            assertMalformed("integer representation too long", module(oneFunction(
                    of(0x00, 0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00, 0x1A, 0x0B))));
        }

        @Test
        void overlongButInRangeIndicesAreAccepted() {
            // call_indirect with type 0 and table 0 both written as five-byte LEBs
            ModuleDecoder.decode(module(oneFunction(
                    of(0x00, 0x41, 0x00, 0x11, 0x80, 0x80, 0x80, 0x80, 0x00, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0B))));
        }

        @Test
        void hugeCountIsRefusedBeforeAllocation() {
            // a type section claiming 2^32-1 types
            assertMalformed("length out of bounds", module(of(0x01, 0x05, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F)));
        }

        @Test
        void hugeBrTableIsRefusedBeforeAllocation() {
            assertMalformed("length out of bounds",
                    module(oneFunction(of(0x00, 0x0E, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x0B))));
        }
    }

    @Nested
    class Names {
        @Test
        void overlongUtf8() {
            assertMalformed("malformed UTF-8 encoding", module(section(0, 0x02, 0xC0, 0x80)));
        }

        @Test
        void encodedSurrogate() {
            assertMalformed("malformed UTF-8 encoding", module(section(0, 0x03, 0xED, 0xA0, 0x80)));
        }

        @Test
        void codePointAboveUnicode() {
            assertMalformed("malformed UTF-8 encoding", module(section(0, 0x04, 0xF4, 0x90, 0x80, 0x80)));
        }

        @Test
        void truncatedSequence() {
            assertMalformed("malformed UTF-8 encoding", module(section(0, 0x02, 0xE2, 0x82)));
        }

        @Test
        void importNamesAreChecked() {
            assertMalformed("malformed UTF-8 encoding",
                    module(voidFuncType(), section(2, 0x01, 0x01, 0xFF, 0x01, 0x61, 0x00, 0x00)));
        }

        @Test
        void customSectionNameLongerThanTheSection() {
            assertMalformed(END, module(of(0x00, 0x00, 0x00)));
        }
    }

    @Nested
    class Types {
        @Test
        void unknownValueType() {
            assertMalformed("malformed reference type", module(section(1, 0x01, 0x60, 0x01, 0x7A, 0x00)));
        }

        @Test
        void valueTypeWithContinuationBit() {
            assertMalformed("integer representation too long", module(section(1, 0x01, 0x60, 0x01, 0xFF, 0x7F, 0x00)));
        }

        @Test
        void unknownHeapType() {
            assertMalformed("malformed heap type", module(section(1, 0x01, 0x60, 0x01, 0x63, 0x40, 0x00)));
        }

        @Test
        void unknownCompositeType() {
            assertMalformed("malformed definition type", module(section(1, 0x01, 0x61, 0x00, 0x00)));
        }

        @Test
        void unknownStorageType() {
            assertMalformed("malformed storage type", module(section(1, 0x01, 0x5E, 0x76, 0x00)));
        }

        @Test
        void fieldMutabilityMustBeZeroOrOne() {
            assertMalformed("malformed mutability", module(section(1, 0x01, 0x5E, 0x7F, 0x02)));
        }

        @Test
        void globalMutabilityMustBeZeroOrOne() {
            assertMalformed("malformed mutability", module(section(6, 0x01, 0x7F, 0x02, 0x41, 0x00, 0x0B)));
        }

        @Test
        void supertypeIndexMustFitSigned32() {
            assertMalformed("malformed type index",
                    module(section(1, 0x01, 0x50, 0x01, 0x80, 0x80, 0x80, 0x80, 0x08, 0x60, 0x00, 0x00)));
        }

        @Test
        void tableElementMustBeAReferenceType() {
            assertMalformed("malformed reference type", module(section(4, 0x01, 0x7F, 0x00, 0x00)));
        }
    }

    @Nested
    class Limits {
        @Test
        void unknownFlagBits() {
            assertMalformed("malformed limits flags", module(section(5, 0x01, 0x10, 0x00)));
        }

        @Test
        void limitsFlagsAreAByteNotALeb() {
            assertMalformed("malformed limits flags", module(section(5, 0x01, 0x81, 0x00, 0x00)));
        }

        @Test
        void sharedMemoryNeedsThreads() {
            byte[] shared = module(section(5, 0x01, 0x03, 0x01, 0x02));
            assertMalformed("malformed limits flags", shared);
            ModuleDecoder.decode(shared, Features.wasm3().with(Feature.THREADS, true));
        }

        @Test
        void tablesAreNeverShared() {
            assertMalformed("malformed limits flags", module(section(4, 0x01, 0x70, 0x03, 0x01, 0x02)),
                    Features.wasm3().with(Feature.THREADS, true));
        }

        @Test
        void customPageSizeNeedsItsFeature() {
            byte[] custom = module(section(5, 0x01, 0x08, 0x00, 0x00));
            assertMalformed("malformed limits flags", custom);
            assertEquals(0, ModuleDecoder.decode(custom, Features.wasm3().with(Feature.CUSTOM_PAGE_SIZES, true))
                    .memories().get(0).pageSizeLog2());
        }

        @Test
        void pageSizeBeyondSixtyFourBits() {
            assertMalformed("invalid custom page size", module(section(5, 0x01, 0x08, 0x00, 0x41)),
                    Features.wasm3().with(Feature.CUSTOM_PAGE_SIZES, true));
        }
    }

    @Nested
    class ImportsAndExports {
        @Test
        void unknownImportKind() {
            assertMalformed("malformed import kind", module(section(2, 0x01, 0x00, 0x00, 0x05, 0x00)));
        }

        @Test
        void unknownExportKind() {
            assertMalformed("malformed export kind", module(section(7, 0x01, 0x00, 0x05, 0x00)));
        }

        @Test
        void tagAttributeMustBeZero() {
            assertMalformed("zero byte expected", module(voidFuncType(), section(13, 0x01, 0x01, 0x00)));
        }
    }

    @Nested
    class Segments {
        @Test
        void unknownElementSegmentFlags() {
            assertMalformed("malformed elements segment kind", module(section(9, 0x01, 0x08)));
        }

        @Test
        void elementKindMustBeFunc() {
            assertMalformed("malformed element kind", module(section(9, 0x01, 0x01, 0x01, 0x00)));
        }

        @Test
        void unknownDataSegmentFlags() {
            assertMalformed("malformed data segment kind", module(section(11, 0x01, 0x03)));
        }

        @Test
        void constantExpressionWithoutEnd() {
            assertMalformed(END, module(section(6, 0x01, 0x7F, 0x00, 0x41, 0x00)));
        }
    }

    @Nested
    class Code {
        @Test
        void tooManyLocals() {
            assertMalformed("too many locals", module(oneFunction(
                    of(0x02, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x7F, 0x02, 0x7E, 0x0B))));
        }

        @Test
        void localCountBeyondU32() {
            assertMalformed("integer too large", module(oneFunction(
                    of(0x01, 0x80, 0x80, 0x80, 0x80, 0x10, 0x7F, 0x0B))));
        }

        @Test
        void illegalSingleByteOpcode() {
            assertMalformed("illegal opcode ff", module(oneFunction(of(0x00, 0xFF, 0x0B))));
        }

        @Test
        void illegalPrefixedOpcode() {
            assertMalformed("illegal opcode fc 7f", module(oneFunction(of(0x00, 0xFC, 0x7F, 0x0B))));
        }

        @Test
        void atomicFenceNeedsItsZeroByte() {
            assertMalformed("zero byte expected", module(oneFunction(of(0x00, 0xFE, 0x03, 0x01, 0x0B))));
        }

        @Test
        void memargFlagsAboveSevenBits() {
            assertMalformed("malformed memop flags",
                    module(oneFunction(of(0x00, 0x41, 0x00, 0x28, 0x80, 0x01, 0x00, 0x1A, 0x0B))));
        }

        @Test
        void elseOutsideIf() {
            assertMalformed("END opcode expected", module(oneFunction(of(0x00, 0x02, 0x40, 0x05, 0x0B, 0x0B))));
        }

        @Test
        void secondElse() {
            assertMalformed("END opcode expected",
                    module(oneFunction(of(0x00, 0x41, 0x00, 0x04, 0x40, 0x05, 0x05, 0x0B, 0x0B))));
        }

        @Test
        void delegateOutsideTry() {
            assertMalformed("END opcode expected", module(oneFunction(of(0x00, 0x02, 0x40, 0x18, 0x00, 0x0B))));
        }

        @Test
        void catchAfterCatchAll() {
            assertMalformed("END opcode expected",
                    module(oneFunction(of(0x00, 0x06, 0x40, 0x19, 0x07, 0x00, 0x0B, 0x0B))));
        }

        @Test
        void unknownCatchClause() {
            assertMalformed("malformed catch clause",
                    module(oneFunction(of(0x00, 0x1F, 0x40, 0x01, 0x04, 0x00, 0x0B, 0x0B))));
        }

        @Test
        void brOnCastFlagsAboveTwoBits() {
            assertMalformed("malformed br_on_cast flags",
                    module(oneFunction(of(0x00, 0xFB, 0x18, 0x04, 0x00, 0x6E, 0x6E, 0x0B))));
        }

        @Test
        void bodyRunningPastItsSize() {
            // the body's size covers "00 01" but its end marker comes after that
            byte[] bytes = module(voidFuncType(), section(3, 0x01, 0x00), section(10, 0x01, 0x02, 0x00, 0x01, 0x0B));
            assertMalformed("section size mismatch", bytes);
        }

        @Test
        void missingEndBeforeTheNextBody() {
            // body 0 (size 4) lacks its end, so the size byte of body 1 (05) is read as a misplaced else
            byte[] bytes = module(voidFuncType(), section(3, 0x02, 0x00, 0x00),
                    section(10, concat(of(0x02), of(0x04, 0x00, 0x41, 0x01, 0x1A), of(0x05, 0x00, 0x41, 0x01, 0x1A, 0x0B))));
            assertMalformed("END opcode expected", bytes);
        }

        @Test
        void missingEndAtEndOfInput() {
            assertMalformed(END, module(oneFunction(of(0x00, 0x41, 0x01, 0x1A))));
        }
    }
}
