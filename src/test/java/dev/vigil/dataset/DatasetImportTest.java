package dev.vigil.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetImportTest {

    @TempDir
    Path dir;

    private void touch(String relative) throws IOException {
        Path file = dir.resolve("data").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    @Test
    void findsClipsOfClassFoldersAndTheirSubFoldersAndIgnoresJunkSilently() throws IOException {
        touch("walk/b.mp4");
        touch("walk/a.AVI");
        touch("walk/front/deep/c.mkv");
        touch("run/r1.webm");
        touch("run/notes.txt");
        touch("run/.DS_Store");
        touch("run/._r1.webm");
        touch("run/Thumbs.db");
        touch("run/.cache/hidden.mp4");
        touch("__MACOSX/run/r1.webm");
        touch("loose.mov");

        SourceDataset source = DatasetImport.open(dir.resolve("data"));

        assertEquals(SourceDataset.Kind.FOLDER, source.kind());
        assertEquals(dir.resolve("data").toAbsolutePath().normalize(), source.root());
        assertEquals(List.of("run/r1.webm", "walk/a.AVI", "walk/b.mp4", "walk/front/deep/c.mkv"),
                source.clips().stream().map(SourceClip::path).toList());
        assertEquals(List.of("run", "walk", "walk", "walk"),
                source.clips().stream().map(SourceClip::sourceClass).toList());
        assertEquals(dir.resolve("data/walk/front/deep/c.mkv").toAbsolutePath(), source.clips().get(3).file());
        assertEquals(List.of(new FileProblem("loose.mov", "not inside a class folder (expected <class>/<clip>)")),
                source.skipped());
    }

    @Test
    void reportsASymbolicLinkLoopAndABrokenLinkOnceAndGoesOn() throws IOException {
        touch("walk/a.mp4");
        Files.createSymbolicLink(dir.resolve("data/walk/again"), dir.resolve("data"));
        Files.createSymbolicLink(dir.resolve("data/walk/gone.mp4"), dir.resolve("nowhere.mp4"));

        SourceDataset source = DatasetImport.open(dir.resolve("data"));

        assertEquals(List.of("walk/a.mp4"), source.clips().stream().map(SourceClip::path).toList());
        assertEquals(2, source.skipped().size(), source.skipped().toString());
        assertEquals("walk/again", source.skipped().get(0).path());
        assertTrue(source.skipped().get(0).reason().contains("symbolic link loop"), source.skipped().toString());
        assertEquals(new FileProblem("walk/gone.mp4", "broken symbolic link (its target does not exist)"),
                source.skipped().get(1));
    }

    @Test
    void readsAManifestOncePerFileAndRemembersItsAnomalyLabels() throws IOException {
        Path manifest = dir.resolve("m/manifest.csv");
        Files.createDirectories(manifest.getParent());
        Files.writeString(manifest, """
                path,label,class,split,view
                clips/walk/a.mp4,0,walk,train,0
                clips/walk/a.mp4,0,walk,train,1
                clips\\walk\\b.mp4,0,walk,test,0
                ../elsewhere/fall.mp4,1,fall,anomaly,0
                clips/walk/a.mp4,0,walk,val,0
                """);

        SourceDataset source = DatasetImport.open(manifest);

        assertEquals(SourceDataset.Kind.MANIFEST, source.kind());
        assertEquals(manifest.getParent().toAbsolutePath(), source.root());
        assertEquals(List.of("clips/walk/a.mp4", "clips/walk/b.mp4", "../elsewhere/fall.mp4"),
                source.clips().stream().map(SourceClip::path).toList());
        assertEquals(dir.resolve("elsewhere/fall.mp4").toAbsolutePath(), source.clips().get(2).file());
        assertEquals(List.of("fall"), source.labelledAnomalous());
        assertEquals(List.of(new FileProblem("clips/walk/a.mp4", "listed 2 times in the manifest; the first row counts")),
                source.skipped());
        assertEquals(1, source.notes().size());
        assertTrue(source.notes().get(0).contains("1 augmented view row"), source.notes().toString());
    }

    @Test
    void namesTheInputWhenItIsMissingOrNotADataset() throws IOException {
        NoSuchFileException missing = assertThrows(NoSuchFileException.class,
                () -> DatasetImport.open(dir.resolve("absent")));
        assertTrue(missing.getMessage().contains("absent") && missing.getMessage().contains("no such folder"),
                missing.getMessage());

        Path video = Files.writeString(dir.resolve("clip.mp4"), "x");
        IOException notDataset = assertThrows(IOException.class, () -> DatasetImport.open(video));
        assertTrue(notDataset.getMessage().contains("clip.mp4")
                && notDataset.getMessage().contains("neither a folder of class folders nor a manifest"),
                notDataset.getMessage());
    }
}
