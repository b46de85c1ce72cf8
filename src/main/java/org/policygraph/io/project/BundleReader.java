package org.policygraph.io.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a bundle into an empty folder and opens its project. A bundle from someone else is untrusted: entry
 * names that would land outside the folder (zip-slip: "..", absolute paths, drive letters, backslashes) are
 * refused, and so are bundles with too many entries, too many bytes in total, or an entry that expands far
 * more than text does (zip bomb). Sizes are counted on the bytes actually inflated, not the sizes the archive
 * claims. On any refusal nothing of the bundle is left behind.
 */
public final class BundleReader {
    private final BundleLimits limits;
    private final ProjectStore store;

    public BundleReader() {
        this(BundleLimits.defaults(), new ProjectStore());
    }

    public BundleReader(BundleLimits limits, ProjectStore store) {
        this.limits = limits;
        this.store = store;
    }

    /** Unpacks {@code zip} into {@code folder} (new or empty) and opens the project inside. */
    public LoadedProject read(Path zip, Path folder) throws ProjectException {
        String name = ProjectStore.name(zip);
        Path target = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(target)) {
                try (Stream<Path> s = Files.list(target)) {
                    if (s.findAny().isPresent()) throw new ProjectException(name + ": unpack into an empty folder, " + target + " is not empty");
                }
            }
            Files.createDirectories(target);
        } catch (ProjectException e) {
            throw e;
        } catch (IOException e) {
            throw new ProjectException(name + ": cannot create " + target + " (" + e.getMessage() + ")");
        }
        List<Path> written = new ArrayList<>();
        try {
            unpack(zip, target, name, written);
        } catch (IOException e) {
            removeAll(written);
            if (e instanceof ProjectException pe) throw pe;
            throw new ProjectException(name + ": not a readable bundle (" + e.getMessage() + ")");
        }
        Path project = target.resolve(BundleWriter.PROJECT_ENTRY);
        if (!Files.isRegularFile(project)) {
            removeAll(written);
            throw new ProjectException(name + ": not a PolicyGraph bundle (no " + BundleWriter.PROJECT_ENTRY + " inside)");
        }
        return store.load(project);
    }

    private void unpack(Path zip, Path target, String name, List<Path> written) throws IOException {
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            if (zf.size() > limits.maxEntries()) {
                throw new ProjectException(name + ": refused, " + zf.size() + " entries (the limit is " + limits.maxEntries() + ")");
            }
            long total = 0;
            Set<String> seen = new HashSet<>();
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                Path out = safeTarget(target, e.getName(), name);
                if (!seen.add(out.toString().toLowerCase(Locale.ROOT))) {
                    throw new ProjectException(name + ": refused, entry \"" + e.getName() + "\" appears twice");
                }
                if (e.isDirectory()) {
                    mkdirs(out, written);
                    continue;
                }
                mkdirs(out.getParent(), written);
                written.add(out);
                total += copyLimited(zf, e, out, total, name);
            }
        } catch (ZipException e) {
            throw new ProjectException(name + ": not a readable bundle (" + e.getMessage() + ")");
        }
    }

    /** Copies one entry, counting inflated bytes against the total and ratio limits; returns its size. */
    private long copyLimited(ZipFile zf, ZipEntry e, Path out, long totalSoFar, String name) throws IOException {
        long compressed = Math.max(1, e.getCompressedSize());
        long n = 0;
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = zf.getInputStream(e); OutputStream os = Files.newOutputStream(out)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                n += r;
                if (totalSoFar + n > limits.maxTotalBytes()) {
                    throw new ProjectException(name + ": refused, it unpacks to more than " + limits.maxTotalBytes() + " bytes");
                }
                if (n > limits.ratioFloorBytes() && n > limits.maxRatio() * compressed) {
                    throw new ProjectException(name + ": refused, entry \"" + e.getName() + "\" expands more than "
                            + (long) limits.maxRatio() + " times (a zip bomb?)");
                }
                os.write(buf, 0, r);
            }
        }
        return n;
    }

    /** The path an entry unpacks to, or a refusal when it would land outside the target folder. */
    static Path safeTarget(Path target, String entryName, String name) throws ProjectException {
        String reason = null;
        if (entryName.isEmpty()) reason = "an entry has no name";
        else if (entryName.indexOf('\\') >= 0) reason = "entry \"" + entryName + "\" has a backslash in its name";
        else if (entryName.startsWith("/") || entryName.matches("^[A-Za-z]:.*")) reason = "entry \"" + entryName + "\" has an absolute path";
        else if (entryName.indexOf('\0') >= 0) reason = "an entry name holds a NUL character";
        else {
            for (String part : entryName.split("/")) {
                if (part.equals("..")) reason = "entry \"" + entryName + "\" points outside the folder (\"..\")";
            }
        }
        if (reason == null) {
            Path out = target.resolve(entryName).normalize();
            if (out.startsWith(target) && !out.equals(target)) return out;
            reason = "entry \"" + entryName + "\" points outside the folder";
        }
        throw new ProjectException(name + ": refused, " + reason);
    }

    /** Creates a folder and the missing ones above it, remembering each so a refusal can take them back. */
    private static void mkdirs(Path dir, List<Path> written) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) missing.add(0, p);
        for (Path p : missing) {
            Files.createDirectory(p);
            written.add(p);
        }
    }

    /** Takes back what a refused bundle wrote, deepest first. */
    private static void removeAll(List<Path> written) {
        for (int i = written.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(written.get(i));
            } catch (IOException ignored) {
                // a folder that still holds something the user put there stays
            }
        }
    }
}
