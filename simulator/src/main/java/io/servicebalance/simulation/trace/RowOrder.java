package io.servicebalance.simulation.trace;

/**
 * A stable order of row numbers (bottom-up merge sort, no boxing) and the permutation of columns by it: how the trace
 * builder and the history's column builder put rows in arrival order.
 */
public final class RowOrder {

    /** Row x comes strictly before row y. */
    public interface Before {
        boolean test(int x, int y);
    }

    private RowOrder() {
    }

    /** Row numbers 0..size-1 in the order {@code before} gives; equal rows keep their order. */
    public static int[] stable(int size, Before before) {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) {
            a[i] = i;
        }
        int[] b = new int[size];
        for (int width = 1; width < size; width *= 2) {
            for (int lo = 0; lo < size; lo += 2 * width) {
                int mid = Math.min(lo + width, size);
                int hi = Math.min(lo + 2 * width, size);
                merge(a, b, lo, mid, hi, before);
            }
            int[] t = a;
            a = b;
            b = t;
        }
        return a;
    }

    private static void merge(int[] a, int[] b, int lo, int mid, int hi, Before before) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (i < mid && (j >= hi || !before.test(a[j], a[i]))) {
                b[k] = a[i++];
            } else {
                b[k] = a[j++];
            }
        }
    }

    public static int[] permute(int[] column, int[] order) {
        int[] result = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            result[k] = column[order[k]];
        }
        return result;
    }

    public static long[] permute(long[] column, int[] order) {
        long[] result = new long[order.length];
        for (int k = 0; k < order.length; k++) {
            result[k] = column[order[k]];
        }
        return result;
    }

    public static byte[] permute(byte[] column, int[] order) {
        byte[] result = new byte[order.length];
        for (int k = 0; k < order.length; k++) {
            result[k] = column[order[k]];
        }
        return result;
    }

    public static boolean[] permute(boolean[] column, int[] order) {
        boolean[] result = new boolean[order.length];
        for (int k = 0; k < order.length; k++) {
            result[k] = column[order[k]];
        }
        return result;
    }

    public static double[] permute(double[] column, int[] order) {
        double[] result = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            result[k] = column[order[k]];
        }
        return result;
    }
}
