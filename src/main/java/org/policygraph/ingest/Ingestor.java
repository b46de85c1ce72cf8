package org.policygraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.policygraph.model.Document;
import org.policygraph.model.Problem;

/**
 * Entry point of ingest: expands folders into supported files and reads each file into a {@link Document} whose
 * text is clean (clutter removed, paragraphs separated by blank lines) and final, so offsets into it stay valid.
 * Every problem with an input is a one-line reason: {@link Problem} from {@link #expand}, {@link IngestException}
 * from {@link #read}. Thread-safe: readers hold no state, so {@link #read} may run on several threads at once.
 */
public class Ingestor {
    /** Files larger than this are refused rather than read into memory. */
    public static final long MAX_BYTES_DEFAULT = 20_000_000L;

    private final BoundedFileReader files;
    private final Map<FileFormat, DocumentReader> readers = new EnumMap<>(FileFormat.class);
    private final BoilerplateLineFilter clutter = BoilerplateLineFilter.createDefault();

    public Ingestor() {
        this(MAX_BYTES_DEFAULT);
    }

    public Ingestor(long maxBytes) {
        this.files = new BoundedFileReader(maxBytes);
        readers.put(FileFormat.PLAIN_TEXT, new PlainTextReader());
        readers.put(FileFormat.MARKDOWN, new MarkdownReader());
        readers.put(FileFormat.HTML, new HtmlReader());
        readers.put(FileFormat.PDF, new PdfReader());
    }

    /**
     * Supported files under the given paths, in order: folders walked recursively and sorted, hidden and
     * unsupported files inside folders skipped silently. Missing paths, unreadable folders and explicitly named
     * unsupported files are reported as problems, not thrown.
     */
    public List<Path> expand(List<Path> paths, Consumer<Problem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                walk(p, out, problems);
            } else if (!Files.exists(p)) {
                problems.accept(new Problem(p.toString(), "no such file or folder"));
            } else if (FileFormat.of(p).isEmpty()) {
                problems.accept(new Problem(p.toString(), unsupported(p)));
            } else {
                out.add(p);
            }
        }
        return withoutRepeats(out);
    }

    /** A file named twice (directly and inside a named folder) is read once, where it first appears. */
    private static List<Path> withoutRepeats(List<Path> files) {
        Set<Path> seen = new HashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (seen.add(f.toAbsolutePath().normalize())) out.add(f);
        }
        return out;
    }

    private static void walk(Path root, List<Path> out, Consumer<Problem> problems) {
        if (!Files.isReadable(root)) {
            problems.accept(new Problem(root.toString(), "folder cannot be read (permission denied)"));
            return;
        }
        try {
            List<Path> children;
            try (var s = Files.list(root)) {
                children = new ArrayList<>(s.sorted().toList());
            }
            for (Path child : children) {
                if (isHidden(child)) continue;
                if (Files.isDirectory(child)) {
                    walk(child, out, problems);
                } else if (Files.isRegularFile(child) && FileFormat.of(child).isPresent()) {
                    out.add(child);
                }
            }
        } catch (AccessDeniedException e) {
            problems.accept(new Problem(root.toString(), "folder cannot be read (permission denied)"));
        } catch (IOException | UncheckedIOException e) {
            problems.accept(new Problem(root.toString(), "folder cannot be read"));
        }
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Reads one file; the exception message is the one-line reason for the user. */
    public Document read(Path file) throws IngestException {
        Optional<FileFormat> format = FileFormat.of(file);
        if (!Files.exists(file)) throw new IngestException("no such file");
        if (format.isEmpty() && !Files.isDirectory(file)) throw new IngestException(unsupported(file));
        byte[] content = files.read(file);
        if (content.length == 0) throw new IngestException("empty file");
        ExtractedText extracted;
        try {
            extracted = readers.get(format.get()).read(file, content);
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestException("could not be read (" + e.getClass().getSimpleName() + ")", e);
        }
        List<String> lines = Arrays.asList(extracted.text().split("\n"));
        List<String> paragraphs = clutter.keepContent(lines);
        if (paragraphs.isEmpty()) {
            throw new IngestException(extracted.text().isBlank() ? "empty file" : "no article text found");
        }
        String text = String.join("\n\n", paragraphs);
        String title = extracted.title() != null ? TextNormalizer.tidyLine(extracted.title()) : TitleGuesser.guess(text);
        String date = extracted.date() != null ? extracted.date()
                : DateFinder.findNearTop(extracted.text()).orElse(null);
        Path name = file.getFileName();
        return new Document(name == null ? file.toString() : name.toString(), title,
                file.toAbsolutePath().toString(), date, text);
    }

    private static String unsupported(Path p) {
        String ext = FileFormat.extension(p);
        return ext.isEmpty() ? "unsupported file type" : "unsupported file type (." + ext + ")";
    }
}
