package dev.jwasm.parser.text;

import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Instruction;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code (@metadata.code.branch_hint "\00"|"\01")} annotations: each hints the first
 * instruction that starts after it in the text, which must be an {@code if} or {@code br_if}
 * of the same function (in folded form the instruction starts at its parenthesis, before its
 * operands). The hints of a module are collected while its fields are parsed and resolved at
 * the end, in text order, with the reference interpreter's checks and messages: first each
 * annotation on its own (payload, "not in a function", hint value, placement), then
 * "duplicate annotation" for two hints on one instruction, then "invalid target".
 */
final class BranchHintAnnotations {
    static final String ID = "metadata.code.branch_hint";
    private static final String PREFIX = "@" + ID + " annotation: ";

    /** An annotation and the function it sits in (null body: outside any defined function). */
    private record Found(SExpr.Node annotation, int bodyIndex, InstructionParser.Parsed body) {
        long start() {
            return InstructionParser.start(annotation);
        }
    }

    private final List<Found> found = new ArrayList<>();

    /** Notes the hint annotations anywhere in a field that is not a defined function. */
    void outsideFunctions(SExpr.Node field) {
        for (SExpr.Node a : in(field)) {
            found.add(new Found(a, -1, null));
        }
    }

    /** Notes hint annotations among a list's own annotations (the module's, between fields). */
    void outsideFunctions(List<SExpr.Annotation> annotations) {
        for (SExpr.Annotation a : annotations) {
            if (ID.equals(a.node().annotationId())) {
                found.add(new Found(a.node(), -1, null));
            }
        }
    }

    /** Notes the hint annotations anywhere in a defined function, the {@code bodyIndex}-th. */
    void function(SExpr.Node field, int bodyIndex, InstructionParser.Parsed body) {
        for (SExpr.Node a : in(field)) {
            found.add(new Found(a, bodyIndex, body));
        }
    }

    /**
     * The hints of each function body that has any, by body index.
     *
     * @throws CustomAnnotationException when an annotation is malformed, misplaced or duplicated
     */
    Map<Integer, Map<Integer, Integer>> resolve() {
        Map<Integer, Map<Integer, Integer>> hints = new HashMap<>();
        if (found.isEmpty()) {
            return hints;
        }
        List<Found> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparingLong(Found::start));
        int[] targets = new int[ordered.size()];
        int[] values = new int[ordered.size()];
        Map<Integer, StartOrder> orders = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Found f = ordered.get(i);
            byte[] payload = payload(f.annotation());
            if (f.body() == null) {
                throw error("not in a function", f.annotation());
            }
            if (payload.length != 1 || (payload[0] != FunctionBody.UNLIKELY && payload[0] != FunctionBody.LIKELY)) {
                throw error("invalid hint value", f.annotation());
            }
            values[i] = payload[0];
            targets[i] = orders.computeIfAbsent(f.bodyIndex(), k -> new StartOrder(f.body().starts())).firstAfter(f);
        }
        Map<Integer, Integer> lastTarget = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Integer previous = lastTarget.put(ordered.get(i).bodyIndex(), targets[i]);
            if (previous != null && previous >= targets[i]) {
                throw error("duplicate annotation", ordered.get(i).annotation());
            }
        }
        for (int i = 0; i < ordered.size(); i++) {
            Found f = ordered.get(i);
            Instruction target = f.body().instructions().get(targets[i]);
            if (!FunctionBody.isHintable(target)) {
                throw error("invalid target", f.annotation());
            }
            hints.computeIfAbsent(f.bodyIndex(), k -> new HashMap<>()).put(targets[i], values[i]);
        }
        return hints;
    }

    /** The concatenated strings of the annotation. */
    private static byte[] payload(SExpr.Node annotation) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (SExpr item : annotation.children()) {
            if (!(item instanceof SExpr.Atom a) || a.kind() != TokenKind.STRING) {
                throw error("unexpected token", item);
            }
            byte[] b = a.token().bytes();
            bytes.write(b, 0, b.length);
        }
        return bytes.toByteArray();
    }

    /** The instructions of a body that an annotation can precede, in text order. */
    private static final class StartOrder {
        private final long[] starts;
        private final int[] indices;

        StartOrder(long[] instructionStarts) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < instructionStarts.length; i++) {
                if (instructionStarts[i] != InstructionParser.NO_START) {
                    order.add(i);
                }
            }
            order.sort(Comparator.comparingLong(i -> instructionStarts[i]));
            starts = new long[order.size()];
            indices = new int[order.size()];
            for (int i = 0; i < indices.length; i++) {
                indices[i] = order.get(i);
                starts[i] = instructionStarts[indices[i]];
            }
        }

        /** The index of the first instruction that starts after the annotation. */
        int firstAfter(Found f) {
            int at = Arrays.binarySearch(starts, f.start());
            int next = at >= 0 ? at + 1 : -at - 1;
            if (next >= starts.length) {
                throw error("invalid placement", f.annotation());
            }
            return indices[next];
        }
    }

    /** The hint annotations in a field, at any depth (not inside other annotations). */
    private static List<SExpr.Node> in(SExpr.Node field) {
        List<SExpr.Node> out = new ArrayList<>();
        Deque<SExpr.Node> work = new ArrayDeque<>();
        work.push(field);
        while (!work.isEmpty()) {
            SExpr.Node n = work.pop();
            for (SExpr.Annotation a : n.annotations()) {
                if (ID.equals(a.node().annotationId())) {
                    out.add(a.node());
                }
            }
            for (SExpr child : n.children()) {
                if (child instanceof SExpr.Node c) {
                    work.push(c);
                }
            }
        }
        return out;
    }

    private static CustomAnnotationException error(String reason, SExpr at) {
        return new CustomAnnotationException(PREFIX + reason, at);
    }
}
