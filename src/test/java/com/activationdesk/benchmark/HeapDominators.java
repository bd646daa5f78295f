package com.activationdesk.benchmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the instances of a class retain in a heap dump ({@code jcmd <pid> GC.heap_dump}, HPROF): the objects that
 * would be freed with them, from the dominator tree of the object graph (Cooper, Harvey and Kennedy's iterative
 * algorithm). For {@code com.vaadin.flow.server.VaadinSession} that is one session with its UIs. Prints the mean
 * retained size per instance, what it is made of along the dominator tree (by class, {@code -Ddepth=1}, parts of at
 * least {@code -Dmin=2048} bytes), and the retained objects by class. Eclipse MAT does the same with a GUI; this
 * needs only the JDK. Sizes are estimated for a 64-bit JVM with compressed references (12-byte header, 4-byte
 * references, 8-byte alignment), so they differ a little from {@code GC.class_histogram}.
 *
 * <pre>java -Xmx3g -cp target/test-classes com.activationdesk.benchmark.HeapDominators dump.hprof CLASS...</pre>
 */
public final class HeapDominators {

    private static final long CHUNK = 1L << 30;
    private static final int INSTANCE = 0;
    private static final int OBJECT_ARRAY = 1;
    private static final int PRIMITIVE_ARRAY = 2;
    private static final int CLASS = 3;

    private final MappedByteBuffer[] chunks;
    private int idSize;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();
    private final Map<Long, ClassLayout> classes = new HashMap<>();
    private final List<Long> rootIds = new ArrayList<>();
    // the objects, sorted by id once read
    private long[] ids = new long[1 << 20];
    private long[] offsets = new long[1 << 20];
    private byte[] kinds = new byte[1 << 20];
    private int count;

    private record ClassLayout(long superId, int[] fieldTypes, long[] staticReferences) {
    }

    private HeapDominators(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r"); FileChannel channel = raf.getChannel()) {
            long size = channel.size();
            chunks = new MappedByteBuffer[(int) (size / CHUNK) + 1];
            for (int i = 0; i < chunks.length; i++) {
                chunks[i] = channel.map(FileChannel.MapMode.READ_ONLY, i * CHUNK, Math.min(CHUNK + 64, size - i * CHUNK));
            }
            read(size);
        }
    }

    public static void main(String[] args) throws IOException {
        HeapDominators heap = new HeapDominators(Path.of(args[0]));
        heap.report(List.of(args).subList(1, args.length), Integer.getInteger("depth", 1), Long.getLong("min", 2048));
    }

    // ---- reading HPROF ----------------------------------------------------------------------------------------

    private int u1(long p) {
        return chunks[(int) (p / CHUNK)].get((int) (p % CHUNK)) & 0xff;
    }

    private int u2(long p) {
        return (u1(p) << 8) | u1(p + 1);
    }

    private int u4(long p) {
        return (u1(p) << 24) | (u1(p + 1) << 16) | (u1(p + 2) << 8) | u1(p + 3);
    }

    private long id(long p) {
        return idSize == 8 ? ((long) u4(p) << 32) | (u4(p + 4) & 0xffffffffL) : u4(p) & 0xffffffffL;
    }

    /** Bytes of a value of an HPROF basic type in the file. */
    private int typeSize(int type) {
        return switch (type) {
            case 2 -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("unknown HPROF type " + type);
        };
    }

    /** Bytes of a field on the heap: references are compressed. */
    private int heapSize(int type) {
        return type == 2 ? 4 : typeSize(type);
    }

    private void read(long size) {
        long p = 0;
        while (u1(p) != 0) {
            p++;
        }
        idSize = u4(p + 1);
        p += 1 + 4 + 8;
        while (p < size) {
            int tag = u1(p);
            long length = u4(p + 5) & 0xffffffffL;
            long body = p + 9;
            if (tag == 0x01) { // UTF8
                byte[] text = new byte[(int) (length - idSize)];
                for (int i = 0; i < text.length; i++) {
                    text[i] = (byte) u1(body + idSize + i);
                }
                strings.put(id(body), new String(text, StandardCharsets.UTF_8));
            } else if (tag == 0x02) { // LOAD CLASS
                classNames.put(id(body + 4), strings.get(id(body + 4 + idSize + 4)).replace('/', '.'));
            } else if (tag == 0x0C || tag == 0x1C) { // HEAP DUMP (SEGMENT)
                readHeap(body, body + length);
            }
            p = body + length;
        }
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        long[] unsorted = ids;
        Arrays.sort(order, Comparator.comparingLong(i -> unsorted[i]));
        long[] sortedIds = new long[count];
        long[] sortedOffsets = new long[count];
        byte[] sortedKinds = new byte[count];
        for (int i = 0; i < count; i++) {
            sortedIds[i] = ids[order[i]];
            sortedOffsets[i] = offsets[order[i]];
            sortedKinds[i] = kinds[order[i]];
        }
        ids = sortedIds;
        offsets = sortedOffsets;
        kinds = sortedKinds;
    }

    private void readHeap(long p, long end) {
        while (p < end) {
            int tag = u1(p++);
            long start = p;
            switch (tag) {
                case 0xFF, 0x05, 0x07 -> { // roots: unknown, sticky class, monitor used
                    rootIds.add(id(p));
                    p += idSize;
                }
                case 0x01 -> { // JNI global
                    rootIds.add(id(p));
                    p += 2L * idSize;
                }
                case 0x02, 0x03, 0x08 -> { // JNI local, Java frame, thread object
                    rootIds.add(id(p));
                    p += idSize + 8;
                }
                case 0x04, 0x06 -> { // native stack, thread block
                    rootIds.add(id(p));
                    p += idSize + 4;
                }
                case 0x20 -> p = readClass(p);
                case 0x21 -> {
                    p += 2L * idSize + 4;
                    p += 4 + (u4(p) & 0xffffffffL);
                    add(id(start), start, INSTANCE);
                }
                case 0x22 -> {
                    int length = u4(p + idSize + 4);
                    p += idSize + 8 + idSize + (long) length * idSize;
                    add(id(start), start, OBJECT_ARRAY);
                }
                case 0x23 -> {
                    int length = u4(p + idSize + 4);
                    p += idSize + 9 + (long) length * typeSize(u1(p + idSize + 8));
                    add(id(start), start, PRIMITIVE_ARRAY);
                }
                default -> throw new IllegalStateException("unknown heap record " + Integer.toHexString(tag));
            }
        }
    }

    private long readClass(long p) {
        long start = p;
        long classId = id(p);
        long superId = id(p + idSize + 4);
        p += idSize + 4 + 6L * idSize + 4;
        int constants = u2(p);
        p += 2;
        for (int i = 0; i < constants; i++) {
            p += 3 + typeSize(u1(p + 2));
        }
        int statics = u2(p);
        p += 2;
        List<Long> references = new ArrayList<>();
        for (int i = 0; i < statics; i++) {
            int type = u1(p + idSize);
            if (type == 2) {
                references.add(id(p + idSize + 1));
            }
            p += idSize + 1 + typeSize(type);
        }
        int fields = u2(p);
        p += 2;
        int[] types = new int[fields];
        for (int i = 0; i < fields; i++) {
            types[i] = u1(p + idSize);
            p += idSize + 1;
        }
        classes.put(classId, new ClassLayout(superId, types, references.stream().mapToLong(Long::longValue).toArray()));
        add(classId, start, CLASS);
        return p;
    }

    private void add(long id, long offset, int kind) {
        if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
            offsets = Arrays.copyOf(offsets, count * 2);
            kinds = Arrays.copyOf(kinds, count * 2);
        }
        ids[count] = id;
        offsets[count] = offset;
        kinds[count++] = (byte) kind;
    }

    private int index(long id) {
        int i = id == 0 ? -1 : Arrays.binarySearch(ids, 0, count, id);
        return Math.max(i, -1);
    }

    // ---- the graph and its dominator tree ---------------------------------------------------------------------

    /** Class id of each object (negative: primitive array of that HPROF type; {@link Long#MIN_VALUE}: a class). */
    private long[] classOf;
    private long[] shallow;
    private int[] edgeStart;
    private int[] edges;

    private void buildGraph() {
        classOf = new long[count];
        shallow = new long[count];
        edgeStart = new int[count + 1];
        edges = new int[1 << 22];
        int e = 0;
        for (int i = 0; i < count; i++) {
            edgeStart[i] = e;
            long o = offsets[i];
            List<Integer> out = new ArrayList<>();
            switch (kinds[i]) {
                case INSTANCE -> {
                    long classId = id(o + idSize + 4);
                    classOf[i] = classId;
                    long data = o + 2L * idSize + 8;
                    long bytes = 0;
                    for (ClassLayout c = classes.get(classId); c != null; c = classes.get(c.superId())) {
                        for (int type : c.fieldTypes()) {
                            if (type == 2 && index(id(data)) >= 0) {
                                out.add(index(id(data)));
                            }
                            data += typeSize(type);
                            bytes += heapSize(type);
                        }
                    }
                    shallow[i] = align(12 + bytes);
                }
                case OBJECT_ARRAY -> {
                    int length = u4(o + idSize + 4);
                    classOf[i] = id(o + idSize + 8);
                    long data = o + 2L * idSize + 8;
                    for (int k = 0; k < length; k++) {
                        int target = index(id(data + (long) k * idSize));
                        if (target >= 0) {
                            out.add(target);
                        }
                    }
                    shallow[i] = align(16 + 4L * length);
                }
                case PRIMITIVE_ARRAY -> {
                    int type = u1(o + idSize + 8);
                    classOf[i] = -type;
                    shallow[i] = align(16 + (long) u4(o + idSize + 4) * typeSize(type));
                }
                default -> {
                    classOf[i] = Long.MIN_VALUE;
                    for (long reference : classes.get(ids[i]).staticReferences()) {
                        if (index(reference) >= 0) {
                            out.add(index(reference));
                        }
                    }
                    shallow[i] = 64;
                }
            }
            if (e + out.size() > edges.length) {
                edges = Arrays.copyOf(edges, Math.max(edges.length * 2, e + out.size()));
            }
            for (int target : out) {
                edges[e++] = target;
            }
        }
        edgeStart[count] = e;
    }

    private int[] dominators;
    private long[] retained;
    private int[] reversePostorder;
    private int reachable;

    /** Dominator tree below a virtual root that points at the GC roots and every class. */
    private void computeDominators() {
        int root = count;
        BitSet rootSet = new BitSet(count);
        rootIds.stream().mapToInt(this::index).filter(i -> i >= 0).forEach(rootSet::set);
        for (int i = 0; i < count; i++) {
            if (kinds[i] == CLASS) {
                rootSet.set(i);
            }
        }
        int[] roots = rootSet.stream().toArray();
        int[] postorder = new int[count + 1];
        reversePostorder = new int[count + 1];
        boolean[] seen = new boolean[count + 1];
        int[] stack = new int[count + 1];
        int[] next = new int[count + 1];
        int depth = 0;
        stack[depth++] = root;
        seen[root] = true;
        while (depth > 0) {
            int v = stack[depth - 1];
            int k = next[depth - 1];
            int degree = v == root ? roots.length : edgeStart[v + 1] - edgeStart[v];
            if (k < degree) {
                next[depth - 1]++;
                int w = v == root ? roots[k] : edges[edgeStart[v] + k];
                if (!seen[w]) {
                    seen[w] = true;
                    stack[depth] = w;
                    next[depth++] = 0;
                }
            } else {
                depth--;
                postorder[v] = reachable;
                reversePostorder[reachable++] = v;
            }
        }
        int[] predecessorStart = new int[count + 2];
        for (int v = 0; v < count; v++) {
            if (seen[v]) {
                for (int k = edgeStart[v]; k < edgeStart[v + 1]; k++) {
                    predecessorStart[edges[k] + 1]++;
                }
            }
        }
        for (int r : roots) {
            predecessorStart[r + 1]++;
        }
        for (int v = 0; v <= count; v++) {
            predecessorStart[v + 1] += predecessorStart[v];
        }
        int[] predecessors = new int[predecessorStart[count + 1]];
        int[] fill = Arrays.copyOf(predecessorStart, count + 1);
        for (int v = 0; v < count; v++) {
            if (seen[v]) {
                for (int k = edgeStart[v]; k < edgeStart[v + 1]; k++) {
                    predecessors[fill[edges[k]]++] = v;
                }
            }
        }
        for (int r : roots) {
            predecessors[fill[r]++] = root;
        }
        dominators = new int[count + 1];
        Arrays.fill(dominators, -1);
        dominators[root] = root;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int k = reachable - 2; k >= 0; k--) {
                int b = reversePostorder[k];
                int dominator = -1;
                for (int q = predecessorStart[b]; q < predecessorStart[b + 1]; q++) {
                    int p = predecessors[q];
                    if (dominators[p] == -1) {
                        continue;
                    }
                    if (dominator == -1) {
                        dominator = p;
                    } else {
                        int a = p;
                        int c = dominator;
                        while (a != c) {
                            while (postorder[a] < postorder[c]) {
                                a = dominators[a];
                            }
                            while (postorder[c] < postorder[a]) {
                                c = dominators[c];
                            }
                        }
                        dominator = a;
                    }
                }
                if (dominators[b] != dominator) {
                    dominators[b] = dominator;
                    changed = true;
                }
            }
        }
        retained = new long[count + 1];
        for (int k = 0; k < reachable - 1; k++) {
            int v = reversePostorder[k];
            retained[v] += shallow[v];
            retained[dominators[v]] += retained[v];
        }
    }

    // ---- the report ------------------------------------------------------------------------------------------

    private void report(List<String> targets, int maxDepth, long minBytes) {
        buildGraph();
        computeDominators();
        System.out.printf(Locale.ROOT, "%,d objects, %,d reachable: %.1f MB (estimated)%n", count, reachable - 1,
                retained[count] / 1048576.0);
        int[] childStart = new int[count + 2];
        for (int k = 0; k < reachable - 1; k++) {
            childStart[dominators[reversePostorder[k]] + 1]++;
        }
        for (int v = 0; v <= count; v++) {
            childStart[v + 1] += childStart[v];
        }
        int[] children = new int[childStart[count + 1]];
        int[] fill = Arrays.copyOf(childStart, count + 1);
        for (int k = 0; k < reachable - 1; k++) {
            int v = reversePostorder[k];
            children[fill[dominators[v]]++] = v;
        }
        for (String target : targets) {
            List<Integer> instances = new ArrayList<>();
            for (int k = 0; k < reachable - 1; k++) {
                int v = reversePostorder[k];
                if (kinds[v] == INSTANCE && target.equals(name(classOf[v]))) {
                    instances.add(v);
                }
            }
            if (instances.isEmpty()) {
                System.out.println("\nNo live instance of " + target);
                continue;
            }
            int n = instances.size();
            long sum = instances.stream().mapToLong(v -> retained[v]).sum();
            System.out.printf(Locale.ROOT, "%n%s: %d instances, retained %.1f kB each (mean)%n", target, n, sum / 1024.0 / n);
            Map<String, long[]> parts = new HashMap<>();
            Map<String, Long> byClass = new HashMap<>();
            for (int v : instances) {
                walk(v, maxDepth, children, childStart, parts, byClass);
            }
            System.out.println("  by dominator path (kB and count per instance):");
            parts.entrySet().stream().filter(part -> part.getValue()[0] / n >= minBytes)
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(part -> System.out.printf(Locale.ROOT, "  %9.1f kB %7.1f x  %s%n",
                            part.getValue()[0] / 1024.0 / n, part.getValue()[1] / (double) n, part.getKey()));
            System.out.println("  retained objects by class (kB per instance):");
            byClass.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(20)
                    .forEach(entry -> System.out.printf(Locale.ROOT, "  %9.1f kB  %s%n", entry.getValue() / 1024.0 / n,
                            entry.getKey()));
        }
    }

    /** Adds what {@code top} dominates, by path down to {@code maxDepth} and by class (iterative: trees can be deep). */
    private void walk(int top, int maxDepth, int[] children, int[] childStart, Map<String, long[]> parts,
                      Map<String, Long> byClass) {
        record Visit(int object, String path, int depth) {
        }
        ArrayDeque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(top, "", 0));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            int v = visit.object();
            byClass.merge(name(classOf[v]), shallow[v], Long::sum);
            String here = visit.depth() <= maxDepth ? visit.path() + "/" + name(classOf[v]) : null;
            if (here != null) {
                long[] part = parts.computeIfAbsent(here, key -> new long[2]);
                part[0] += retained[v];
                part[1]++;
            }
            for (int k = childStart[v]; k < childStart[v + 1]; k++) {
                pending.push(new Visit(children[k], here, visit.depth() + 1));
            }
        }
    }

    private String name(long classId) {
        if (classId == Long.MIN_VALUE) {
            return "class";
        }
        if (classId < 0) {
            return switch ((int) -classId) {
                case 4 -> "boolean[]";
                case 5 -> "char[]";
                case 6 -> "float[]";
                case 7 -> "double[]";
                case 8 -> "byte[]";
                case 9 -> "short[]";
                case 10 -> "int[]";
                default -> "long[]";
            };
        }
        return classNames.getOrDefault(classId, "?");
    }

    private static long align(long bytes) {
        return (bytes + 7) & ~7L;
    }
}
