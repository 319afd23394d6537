package dev.vigil.dataset;

import dev.vigil.io.AtomicFiles;
import dev.vigil.io.OutputPaths;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a preparation into an output folder: {@code manifest.csv}, {@code preparation.json} and
 * {@code preparation.txt}, each atomically (a reader sees the old file or the new one, never half of one). The
 * manifest's paths lead from the output folder to the clips (relative where the file system allows, forward
 * slashes). Vigil never writes into the dataset folder unless asked, and never overwrites the manifest it read.
 */
public final class PreparationWriter {

    public static final String REPORT_JSON = "preparation.json";
    public static final String REPORT_TEXT = "preparation.txt";

    /** The files written. */
    public record Written(Path manifest, Path reportJson, Path reportText) {
    }

    private PreparationWriter() {
    }

    /**
     * Why the output folder cannot be used for this source; empty when it can.
     *
     * @param intoDataset true when the user explicitly allows writing inside the dataset folder
     */
    public static List<String> outputProblems(SourceDataset source, Path outDir, boolean intoDataset) {
        List<String> problems = new ArrayList<>();
        Path out = canonical(outDir);
        Path root = canonical(source.root());
        if (Files.exists(out) && !Files.isDirectory(out)) {
            problems.add("output " + outDir + ": is a file, not a folder");
        } else {
            OutputPaths.folderProblem(outDir).ifPresent(problem -> problems.add("output " + problem));
        }
        if (source.kind() == SourceDataset.Kind.MANIFEST
                && out.resolve(Manifest.FILE_NAME).equals(canonical(source.input()))) {
            problems.add("output " + outDir + ": would overwrite the input manifest " + source.input()
                    + "; choose another output folder");
        } else if (out.startsWith(root) && !intoDataset) {
            problems.add("output " + outDir + ": is inside the dataset folder " + source.root()
                    + "; choose a folder outside it, or allow writing into the dataset explicitly");
        }
        return problems;
    }

    /**
     * Writes the three files.
     *
     * @throws InvalidConfigException when {@link #outputProblems} finds the folder unusable; nothing is written then
     */
    public static Written write(Preparation preparation, Path outDir, boolean intoDataset) throws IOException {
        List<String> problems = outputProblems(preparation.source(), outDir, intoDataset);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        Files.createDirectories(outDir);
        Path out = canonical(outDir);
        List<Clip> rows = new ArrayList<>(preparation.manifest().size());
        Path root = preparation.source().root();
        for (Clip clip : preparation.manifest()) {
            String path = pathFrom(out, root.resolve(clip.path()).normalize());
            rows.add(new Clip(path, clip.label(), clip.className(), clip.split(), clip.view()));
        }
        Written written = new Written(outDir.resolve(Manifest.FILE_NAME), outDir.resolve(REPORT_JSON),
                outDir.resolve(REPORT_TEXT));
        AtomicFiles.writeString(written.reportJson(), PreparationReport.json(preparation));
        AtomicFiles.writeString(written.reportText(), PreparationText.report(preparation));
        // The manifest last: when it is there, the reports that explain it are too.
        Manifest.write(written.manifest(), rows);
        return written;
    }

    /**
     * The path of {@code file} as seen from {@code folder}: relative with forward slashes where both are on the
     * same file system root, absolute otherwise (another drive on Windows).
     */
    static String pathFrom(Path folder, Path file) {
        // The file's folder is resolved through links as the output folder is, so that ".." climbs the real tree.
        Path parent = file.getParent();
        Path target = parent == null ? file : canonical(parent).resolve(file.getFileName());
        if (folder.getRoot() == null || !folder.getRoot().equals(target.getRoot())) {
            return target.toString().replace('\\', '/');
        }
        return FolderScanner.relative(folder, target);
    }

    /** The real path where the file or an ancestor exists, so that links and "." compare equal; else normalised. */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
