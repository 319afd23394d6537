package dev.vigil.experiment;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Dataset;
import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code inputs.csv} of a run: every manifest row it was started on, with the clip file's size and modification
 * time. A resume continues a curve that was drawn on those clips; when one vanished, was replaced or the manifest
 * changed, the resumed run would no longer be the run, so resume refuses and names what changed.
 */
public final class RunInputs {

    public static final String FILE_NAME = "inputs.csv";
    private static final List<String> HEADER = List.of("clip", "label", "class", "split", "file");
    private static final int NAMED = 5;

    private RunInputs() {
    }

    /** Records the dataset a run starts on. */
    public static void write(Path runDir, Dataset dataset) throws IOException {
        StringBuilder out = new StringBuilder(Csv.line(HEADER)).append('\n');
        describe(dataset).forEach((clip, row) -> out.append(Csv.line(row)).append('\n'));
        AtomicFiles.writeString(runDir.resolve(FILE_NAME), out.toString());
    }

    /**
     * Checks that the dataset is the one the run started on; runs made before this record existed pass.
     *
     * @throws IOException listing clips that vanished, changed or were added, and what to do
     */
    public static void checkUnchanged(Path runDir, Dataset dataset) throws IOException {
        Path file = runDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        Map<String, List<String>> then = new LinkedHashMap<>();
        for (List<String> row : Csv.read(file).stream().skip(1).toList()) {
            then.put(row.get(0), row);
        }
        Map<String, List<String>> now = describe(dataset);
        List<String> vanished = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        then.forEach((clip, row) -> {
            List<String> current = now.get(clip);
            if (current == null) {
                vanished.add(clip);
            } else if (!current.equals(row)) {
                changed.add(clip + (current.get(4).equals("missing") ? " (file missing)" : ""));
            }
        });
        now.keySet().stream().filter(clip -> !then.containsKey(clip)).forEach(added::add);
        if (vanished.isEmpty() && changed.isEmpty() && added.isEmpty()) {
            return;
        }
        throw new IOException("the clips of " + dataset.root() + " changed since run " + runDir + " started ("
                + then.size() + " then, " + now.size() + " now): " + summary("left the manifest", vanished) + "; "
                + summary("changed (file replaced, missing, or row edited)", changed) + "; " + summary("added", added)
                + "; a resumed run would not be the run that began: train it again under a new name");
    }

    private static String summary(String what, List<String> clips) {
        if (clips.isEmpty()) {
            return "0 " + what;
        }
        String named = String.join(", ", clips.subList(0, Math.min(NAMED, clips.size())));
        return clips.size() + " " + what + " (" + named + (clips.size() > NAMED ? ", ..." : "") + ")";
    }

    /** One row per clip and view: its manifest fields and "size@modified" of its file, or "missing". */
    private static Map<String, List<String>> describe(Dataset dataset) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (Clip clip : dataset.clips()) {
            rows.put(clip.key(), List.of(clip.key(), Integer.toString(clip.label()), clip.className(),
                    clip.split().toString(), fileStamp(dataset.resolve(clip))));
        }
        return rows;
    }

    private static String fileStamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }
}
