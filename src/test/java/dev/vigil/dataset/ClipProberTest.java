package dev.vigil.dataset;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.CancelledException;
import dev.vigil.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClipProberTest {

    @TempDir
    Path dir;

    /** Alternates good clips of different lengths with empty files, so that workers finish out of order. */
    private List<SourceClip> clips(int count) throws IOException {
        Path longer = DatasetFixtures.clip(dir.resolve("long.mkv"), 40);
        Path shorter = DatasetFixtures.clip(dir.resolve("short.avi"), 12);
        List<SourceClip> clips = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format("c/%02d%s", i, i % 3 == 0 ? ".mkv" : ".avi");
            Path file = dir.resolve("data").resolve(name);
            if (i % 4 == 3) {
                Files.createDirectories(file.getParent());
                Files.write(file, new byte[0]);
            } else {
                DatasetFixtures.copy(i % 3 == 0 ? longer : shorter, file);
            }
            clips.add(new SourceClip(file, name, "c"));
        }
        return clips;
    }

    @Test
    void probesOnWorkerThreadsAndReturnsResultsInInputOrderWithProgress() throws IOException {
        List<SourceClip> clips = clips(16);
        List<Progress> events = Collections.synchronizedList(new ArrayList<>());
        Set<String> threads = ConcurrentHashMap.newKeySet();

        Set<ClipProbe> handedOver = ConcurrentHashMap.newKeySet();
        List<ClipProbe> probes = new ClipProber(2).probeAll(clips, p -> {
            events.add(p);
            threads.add(Thread.currentThread().getName());
        }, CancellationToken.none(), handedOver::add);

        assertEquals(clips.size(), probes.size());
        for (int i = 0; i < clips.size(); i++) {
            ClipProbe probe = probes.get(i);
            assertEquals(clips.get(i), probe.clip(), "probe " + i + " out of order");
            if (i % 4 == 3) {
                assertNull(probe.info());
                assertEquals("empty file (0 bytes)", probe.problem());
            } else {
                assertNotNull(probe.info(), probe.problem());
                assertEquals(i % 3 == 0 ? 40 : 12, probe.info().frameCount(), clips.get(i).path());
            }
        }
        assertEquals(Set.copyOf(probes), handedOver, "each probe is handed over as it is done");
        assertEquals(16, events.size());
        assertEquals(List.of(16L), events.stream().map(Progress::done).filter(d -> d == 16).toList());
        assertTrue(events.stream().allMatch(p -> p.total() == 16 && p.stage().equals(ClipProber.STAGE)));
        assertTrue(threads.stream().allMatch(name -> name.startsWith("probe-")), threads.toString());
    }

    @Test
    void stopsWhenCancelled() throws IOException {
        List<SourceClip> clips = clips(12);
        CancellationToken cancel = new CancellationToken();
        List<Progress> events = Collections.synchronizedList(new ArrayList<>());

        assertThrows(CancelledException.class, () -> new ClipProber(2).probeAll(clips, p -> {
            events.add(p);
            cancel.cancel();
        }, cancel));
        assertTrue(events.size() < clips.size(), "probing went on after cancel: " + events.size());

        CancellationToken already = new CancellationToken();
        already.cancel();
        assertThrows(CancelledException.class, () -> new ClipProber().probeAll(clips, p -> { }, already));
    }
}
