package org.policygraph.ui.state;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The files and folders opened last, newest first, kept in java.util.prefs across runs. */
public final class RecentFiles {
    public static final int LIMIT_DEFAULT = 8;
    private static final String KEY = "recent.";

    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < LIMIT_DEFAULT; i++) {
            String v = prefs.get(KEY + i, null);
            if (v != null) out.add(Path.of(v));
        }
        return out;
    }

    public void add(List<Path> paths) {
        List<Path> all = new ArrayList<>();
        for (Path p : paths) all.add(p.toAbsolutePath().normalize());
        for (Path p : list()) if (!all.contains(p)) all.add(p);
        for (int i = 0; i < LIMIT_DEFAULT; i++) {
            if (i < all.size()) prefs.put(KEY + i, all.get(i).toString()); else prefs.remove(KEY + i);
        }
    }
}
