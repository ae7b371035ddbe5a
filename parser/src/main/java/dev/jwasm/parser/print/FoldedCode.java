package dev.jwasm.parser.print;

import dev.jwasm.parser.model.FuncType;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Instruction sequences in folded form: {@code (i32.add (local.get 0) (i32.const 1))},
 * {@code (block ...)}, {@code (if (cond) (then ...) (else ...))}, {@code (try (do ...) (catch ...))}.
 * The tree is built and printed with explicit stacks, so nesting depth costs heap, not Java stack.
 * Folding never reorders: the text unfolds to exactly the flat sequence it came from.
 */
final class FoldedCode {
    /** Line length up to which an operand tree stays on one line. */
    private static final int INLINE_LIMIT = 80;

    private enum Kind { PLAIN, BLOCK, IF, TRY }

    private static final class Node {
        final Kind kind;
        final String head;
        final List<Node> operands = new ArrayList<>(0);
        List<Node> body = new ArrayList<>();
        List<Node> elseBody;
        List<String> handlerHeads;
        List<List<Node>> handlers;
        String delegate;
        int results;
        String inline;

        Node(Kind kind, String head, int results) {
            this.kind = kind;
            this.head = head;
            this.results = results;
        }
    }

    /** An open block while building: its node, the sequence being filled, and its label's arity. */
    private record Frame(Node node, List<Node> sequence, int labelArity) {
    }

    private final InstructionText text;
    private final StackEffects effects;
    /** Open blocks, innermost last; the first is the function (or expression) itself. */
    private final List<Frame> frames = new ArrayList<>();

    private FoldedCode(InstructionText text, StackEffects effects) {
        this.text = text;
        this.effects = effects;
    }

    /**
     * Prints {@code code} (without its final {@code end}) at indentation {@code depth}.
     * {@code returnArity} is the function's result count, -1 for constant expressions.
     */
    static void print(TextOutput out, List<Instruction> code, int depth, InstructionText text, StackEffects effects,
            int returnArity) {
        List<Node> roots = new FoldedCode(text, effects).build(code, returnArity);
        printNodes(out, roots, depth);
    }

    /**
     * The expression on one line when it folds into short trees, or null (then the caller prints
     * it another way).
     */
    static String oneLine(List<Instruction> code, InstructionText text, StackEffects effects) {
        List<Node> roots = new FoldedCode(text, effects).build(code, -1);
        StringBuilder sb = new StringBuilder();
        for (Node n : roots) {
            if (n.inline == null) {
                return null;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(n.inline);
        }
        return sb.toString();
    }

    // ---- building the tree ----

    private List<Node> build(List<Instruction> code, int returnArity) {
        List<Node> roots = new ArrayList<>();
        frames.add(new Frame(null, roots, returnArity));
        int n = FlatCode.endsWithEnd(code) ? code.size() - 1 : code.size();
        for (int i = 0; i < n; i++) {
            Instruction ins = code.get(i);
            switch (ins.opcode()) {
                case BLOCK: case LOOP: case TRY_TABLE: case TRY:
                    open(ins, ins.opcode() == Opcode.TRY ? Kind.TRY : Kind.BLOCK, null);
                    break;
                case IF: {
                    List<Node> seq = top().sequence();
                    Node condition = !seq.isEmpty() && seq.get(seq.size() - 1).results == 1
                            ? seq.remove(seq.size() - 1) : null;
                    open(ins, Kind.IF, condition);
                    break;
                }
                case ELSE:
                    if (!switchSequence(Kind.IF, ins)) {
                        plain(ins);
                    }
                    break;
                case CATCH: case CATCH_ALL:
                    if (!switchSequence(Kind.TRY, ins)) {
                        plain(ins);
                    }
                    break;
                case DELEGATE:
                    if (frames.size() > 1 && top().node().kind == Kind.TRY) {
                        top().node().delegate = text.text(ins);
                        close();
                    } else {
                        plain(ins);
                    }
                    break;
                case END:
                    if (frames.size() > 1) {
                        close();
                    } else {
                        plain(ins);
                    }
                    break;
                default:
                    plain(ins);
            }
        }
        while (frames.size() > 1) {
            close();
        }
        frames.clear();
        return roots;
    }

    private void open(Instruction ins, Kind kind, Node condition) {
        FuncType bt = effects.blockType(((Instruction.Block) blockOf(ins)).type());
        int results = bt == null ? -1 : bt.results().size();
        int labelArity = bt == null ? -1 : ins.opcode() == Opcode.LOOP ? bt.params().size() : results;
        Node node = new Node(kind, text.text(ins), results);
        if (condition != null) {
            node.operands.add(condition);
        }
        if (kind == Kind.TRY) {
            node.handlerHeads = new ArrayList<>();
            node.handlers = new ArrayList<>();
        }
        frames.add(new Frame(node, node.body, labelArity));
    }

    /** try_table carries its block type like the other block instructions. */
    private static Instruction blockOf(Instruction ins) {
        if (ins instanceof Instruction.TryTable t) {
            return new Instruction.Block(Opcode.BLOCK, t.type());
        }
        return ins;
    }

    /** At else or a legacy handler: the open block continues in a new sequence. */
    private boolean switchSequence(Kind expected, Instruction ins) {
        Frame top = top();
        if (frames.size() <= 1 || top.node().kind != expected) {
            return false;
        }
        Node node = top.node();
        List<Node> next = new ArrayList<>();
        if (expected == Kind.IF) {
            if (node.elseBody != null) {
                return false;
            }
            node.elseBody = next;
        } else {
            node.handlerHeads.add(text.text(ins));
            node.handlers.add(next);
        }
        frames.set(frames.size() - 1, new Frame(node, next, top.labelArity()));
        return true;
    }

    private void close() {
        Node node = frames.remove(frames.size() - 1).node();
        top().sequence().add(node);
    }

    private void plain(Instruction ins) {
        StackEffects.Effect e = effects.of(ins, this::labelArity, frames.get(0).labelArity());
        Node node = new Node(Kind.PLAIN, text.text(ins), e.results());
        List<Node> seq = top().sequence();
        int p = e.params();
        if (p > 0 && p <= seq.size() && allSingleValues(seq, seq.size() - p)) {
            List<Node> tail = seq.subList(seq.size() - p, seq.size());
            node.operands.addAll(tail);
            tail.clear();
        }
        node.inline = inline(node);
        seq.add(node);
    }

    private static boolean allSingleValues(List<Node> seq, int from) {
        for (int i = from; i < seq.size(); i++) {
            if (seq.get(i).results != 1) {
                return false;
            }
        }
        return true;
    }

    /** The arity of the label {@code depth} levels out, or -1. */
    private int labelArity(int depth) {
        if (depth < 0 || depth >= frames.size()) {
            return -1;
        }
        return frames.get(frames.size() - 1 - depth).labelArity();
    }

    private Frame top() {
        return frames.get(frames.size() - 1);
    }

    private static String inline(Node node) {
        if (node.operands.isEmpty()) {
            return "(" + node.head + ")";
        }
        StringBuilder sb = new StringBuilder("(").append(node.head);
        for (Node o : node.operands) {
            if (o.inline == null) {
                return null;
            }
            sb.append(' ').append(o.inline);
            if (sb.length() > INLINE_LIMIT) {
                return null;
            }
        }
        return sb.append(')').toString();
    }

    // ---- printing the tree ----

    /** Print tasks: a node at a depth, a fixed line, or a closing parenthesis. */
    private record PrintNode(Node node, int depth) {
    }

    private record Line(String text, int depth) {
    }

    private static final Object CLOSE = new Object();

    private static void printNodes(TextOutput out, List<Node> nodes, int depth) {
        Deque<Object> work = new ArrayDeque<>();
        pushAll(work, nodes, depth);
        while (!work.isEmpty()) {
            Object task = work.pop();
            if (task == CLOSE) {
                out.append(')');
            } else if (task instanceof Line l) {
                out.line(l.depth(), l.text());
            } else {
                PrintNode p = (PrintNode) task;
                Node n = p.node();
                if (n.inline != null) {
                    out.line(p.depth(), n.inline);
                    continue;
                }
                out.line(p.depth(), "(" + n.head);
                List<Object> tasks = new ArrayList<>();
                int d = p.depth() + 1;
                for (Node o : n.operands) {
                    tasks.add(new PrintNode(o, d));
                }
                switch (n.kind) {
                    case PLAIN -> {
                    }
                    case BLOCK -> addNodes(tasks, n.body, d);
                    case IF -> {
                        addSection(tasks, "(then", n.body, d);
                        if (n.elseBody != null) {
                            addSection(tasks, "(else", n.elseBody, d);
                        }
                    }
                    case TRY -> {
                        addSection(tasks, "(do", n.body, d);
                        for (int i = 0; i < n.handlers.size(); i++) {
                            addSection(tasks, "(" + n.handlerHeads.get(i), n.handlers.get(i), d);
                        }
                        if (n.delegate != null) {
                            tasks.add(new Line("(" + n.delegate + ")", d));
                        }
                    }
                    default -> throw new IllegalStateException();
                }
                tasks.add(CLOSE);
                for (int i = tasks.size() - 1; i >= 0; i--) {
                    work.push(tasks.get(i));
                }
            }
        }
    }

    private static void pushAll(Deque<Object> work, List<Node> nodes, int depth) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            work.push(new PrintNode(nodes.get(i), depth));
        }
    }

    private static void addNodes(List<Object> tasks, List<Node> nodes, int depth) {
        for (Node n : nodes) {
            tasks.add(new PrintNode(n, depth));
        }
    }

    private static void addSection(List<Object> tasks, String head, List<Node> nodes, int depth) {
        tasks.add(new Line(head, depth));
        addNodes(tasks, nodes, depth + 1);
        tasks.add(CLOSE);
    }
}
