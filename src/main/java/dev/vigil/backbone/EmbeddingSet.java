package dev.vigil.backbone;

import dev.vigil.dataset.Clip;
import dev.vigil.dataset.Split;
import dev.vigil.io.AtomicFiles;
import dev.vigil.io.Csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The embeddings of a dataset: the clips that were embedded, in manifest order, each with its embedding, and the
 * clips that failed with their reasons.
 *
 * <p>On disk (a folder): {@code embeddings.npy} (float32 [N, E], opens with {@code numpy.load}),
 * {@code embeddings.csv} ({@code path,label,class,split,view,row}: row is the row of the clip in the .npy),
 * {@code backbone.json} (the model card) and {@code failures.csv} ({@code path,label,class,split,view,reason}).
 *
 * @param card       the backbone that made them
 * @param clips      embedded clips, in manifest order
 * @param embeddings one row per clip, {@code card.embeddingSize()} values each
 * @param failures   clips that could not be embedded
 * @param notes      embedded clips with a note on how (reported, not saved: a later extraction notes them again)
 */
public record EmbeddingSet(ModelCard card, List<Clip> clips, List<float[]> embeddings, List<ClipFailure> failures,
                           List<ClipNote> notes) {

    public static final String MATRIX = "embeddings.npy";
    public static final String INDEX = "embeddings.csv";
    public static final String CARD = "backbone.json";
    public static final String FAILURES = "failures.csv";

    public EmbeddingSet(ModelCard card, List<Clip> clips, List<float[]> embeddings, List<ClipFailure> failures) {
        this(card, clips, embeddings, failures, List.of());
    }

    public EmbeddingSet {
        notes = List.copyOf(notes);
        clips = List.copyOf(clips);
        embeddings = List.copyOf(embeddings);
        failures = List.copyOf(failures);
        if (clips.size() != embeddings.size()) {
            throw new IllegalArgumentException(clips.size() + " clips but " + embeddings.size() + " embeddings");
        }
        for (float[] e : embeddings) {
            if (e.length != card.embeddingSize()) {
                throw new IllegalArgumentException("an embedding has " + e.length + " values, the card "
                        + card.id() + " says " + card.embeddingSize());
            }
        }
    }

    public int size() {
        return clips.size();
    }

    /** Embedding length E. */
    public int dimension() {
        return card.embeddingSize();
    }

    /** The embeddings as a matrix [N, E] (rows shared, not copied). */
    public float[][] matrix() {
        return embeddings.toArray(new float[0][]);
    }

    /** The embedded clips of one split, and their embeddings, as a smaller set (failures are not carried). */
    public EmbeddingSet split(Split split) {
        List<Clip> keep = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < clips.size(); i++) {
            if (clips.get(i).split() == split) {
                keep.add(clips.get(i));
                rows.add(embeddings.get(i));
            }
        }
        return new EmbeddingSet(card, keep, rows, List.of());
    }

    /** Writes the four files into {@code dir} (created if needed), each atomically. */
    public void save(Path dir) throws IOException {
        Files.createDirectories(dir);
        Npy.write(dir.resolve(MATRIX), matrix(), card.embeddingSize());
        StringBuilder index = new StringBuilder(Csv.line("path", "label", "class", "split", "view", "row"));
        for (int i = 0; i < clips.size(); i++) {
            index.append(Csv.line(columns(clips.get(i), Integer.toString(i))));
        }
        AtomicFiles.writeString(dir.resolve(INDEX), index.toString());
        AtomicFiles.writeString(dir.resolve(CARD), ModelCards.toJson(card) + "\n");
        StringBuilder failed = new StringBuilder(Csv.line("path", "label", "class", "split", "view", "reason"));
        for (ClipFailure f : failures) {
            failed.append(Csv.line(columns(f.clip(), f.reason())));
        }
        AtomicFiles.writeString(dir.resolve(FAILURES), failed.toString());
    }

    /** path, label, class, split, view and one more column. */
    private static List<String> columns(Clip c, String last) {
        return List.of(c.path(), Integer.toString(c.label()), c.className(), c.split().id(), Integer.toString(c.view()),
                last);
    }

    private static Clip clip(List<String> r) {
        return new Clip(r.get(0), Integer.parseInt(r.get(1).trim()), r.get(2), Split.parse(r.get(3)),
                Integer.parseInt(r.get(4).trim()));
    }

    /** Reads a folder written by {@link #save}; errors name the file and the reason. */
    public static EmbeddingSet load(Path dir) throws IOException {
        Path cardFile = dir.resolve(CARD);
        ModelCard card = ModelCards.fromRecordedJson(Files.readString(cardFile), cardFile.toString());
        float[][] matrix = Npy.read(dir.resolve(MATRIX));
        List<List<String>> rows = Csv.read(dir.resolve(INDEX));
        List<Clip> clips = new ArrayList<>();
        List<float[]> embeddings = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            try {
                int row = Integer.parseInt(r.get(5).trim());
                if (row < 0 || row >= matrix.length) {
                    throw new IllegalArgumentException("row " + row + " outside the " + matrix.length + " rows of "
                            + MATRIX);
                }
                clips.add(clip(r));
                embeddings.add(matrix[row]);
            } catch (RuntimeException e) {
                throw new IOException(dir.resolve(INDEX) + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        List<ClipFailure> failures = new ArrayList<>();
        Path failuresFile = dir.resolve(FAILURES);
        if (Files.exists(failuresFile)) {
            List<List<String>> failed = Csv.read(failuresFile);
            for (int i = 1; i < failed.size(); i++) {
                try {
                    failures.add(new ClipFailure(clip(failed.get(i)), failed.get(i).get(5)));
                } catch (RuntimeException e) {
                    throw new IOException(failuresFile + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        }
        try {
            return new EmbeddingSet(card, clips, embeddings, failures);
        } catch (IllegalArgumentException e) {
            throw new IOException("embeddings " + dir + ": " + e.getMessage().toLowerCase(Locale.ROOT), e);
        }
    }
}
