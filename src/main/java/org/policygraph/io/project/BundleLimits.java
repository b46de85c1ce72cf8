package org.policygraph.io.project;

/**
 * Limits applied while unpacking a bundle from someone else, so a crafted .zip cannot fill the disk.
 *
 * @param maxEntries       most entries a bundle may have
 * @param maxTotalBytes    most bytes all entries may unpack to together
 * @param maxRatio         most an entry may expand relative to its compressed size...
 * @param ratioFloorBytes  ...once it has unpacked more than this (small files legitimately compress well)
 */
public record BundleLimits(int maxEntries, long maxTotalBytes, double maxRatio, long ratioFloorBytes) {
    public static final int MAX_ENTRIES_DEFAULT = 10_000;
    public static final long MAX_TOTAL_BYTES_DEFAULT = 2L << 30;
    /** Text compresses 3-10x, project JSON up to ~30x; zip bombs 1000x and more. */
    public static final double MAX_RATIO_DEFAULT = 100;
    public static final long RATIO_FLOOR_BYTES_DEFAULT = 1 << 20;

    public static BundleLimits defaults() {
        return new BundleLimits(MAX_ENTRIES_DEFAULT, MAX_TOTAL_BYTES_DEFAULT, MAX_RATIO_DEFAULT, RATIO_FLOOR_BYTES_DEFAULT);
    }
}
