package io.servicebalance.simulation.trace;

/** Heap sizes of primitive arrays (16-byte header, elements, 8-byte alignment), for footprint reports. */
final class Footprint {

    private Footprint() {
    }

    static long bytes(byte[] a) {
        return align(16L + a.length);
    }

    static long bytes(boolean[] a) {
        return align(16L + a.length);
    }

    static long bytes(int[] a) {
        return align(16L + 4L * a.length);
    }

    static long bytes(double[] a) {
        return align(16L + 8L * a.length);
    }

    private static long align(long size) {
        return (size + 7) & ~7L;
    }
}
