package dev.vigil.ui.task;

import dev.vigil.progress.CancellationToken;
import dev.vigil.progress.Progress;
import dev.vigil.progress.ProgressListener;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskExecutorTest {

    /** Counts to {@code n}, reporting each step, checking cancellation; blocks at {@code gate} if given. */
    private static BackgroundTask<Integer> counter(int n, CountDownLatch gate) {
        return new BackgroundTask<>("Count") {
            @Override
            protected Integer call(ProgressListener progress, CancellationToken cancellation) throws Exception {
                for (int i = 1; i <= n; i++) {
                    if (gate != null && i == 2) {
                        gate.await(5, TimeUnit.SECONDS);
                    }
                    cancellation.throwIfCancelled();
                    progress.onProgress(new Progress("count", i, n, 0, -1, "step " + i));
                }
                return n;
            }
        };
    }

    @Test
    void currentThreadExecutorFinishesBeforeReturning() {
        TaskMonitor monitor = new TaskMonitor();
        List<String> log = new ArrayList<>();
        monitor.setLog(log::add);
        TaskState state = new TaskState();
        BackgroundTask<Integer> task = counter(4, null);
        AtomicReference<Integer> result = new AtomicReference<>();
        task.onSuccess(result::set);
        state.track(task);
        new CurrentThreadTaskExecutor(monitor).execute(task);
        assertEquals(4, result.get());
        assertFalse(state.activeProperty().get());
        assertEquals(1.0, state.progressProperty().get());
        assertEquals("step 4", state.messageProperty().get());
        assertTrue(monitor.running().isEmpty());
        assertTrue(log.get(1).startsWith("Count: done in"), log.toString());
    }

    @Test
    void aFailureReachesTheHandlerAndTheLog() {
        TaskMonitor monitor = new TaskMonitor();
        List<String> log = new ArrayList<>();
        monitor.setLog(log::add);
        BackgroundTask<Void> task = new BackgroundTask<>("Read") {
            @Override
            protected Void call(ProgressListener progress, CancellationToken cancellation) throws IOException {
                throw new IOException("file x.csv: no such file");
            }
        };
        AtomicReference<Throwable> failure = new AtomicReference<>();
        task.onFailure(failure::set);
        new CurrentThreadTaskExecutor(monitor).execute(task);
        assertEquals("file x.csv: no such file", failure.get().getMessage());
        assertTrue(task.messageProperty().get().contains("no such file"));
        assertTrue(log.get(1).contains("failed") && log.get(1).contains("x.csv"), log.toString());
    }

    @Test
    void uiExecutorRunsInTheBackgroundReportsOnTheFxThreadAndCancels() throws Exception {
        FxToolkit.registerPrimaryStage();
        TaskMonitor monitor = new TaskMonitor();
        UiTaskExecutor executor = new UiTaskExecutor(monitor);
        CountDownLatch gate = new CountDownLatch(1);
        BackgroundTask<Integer> task = counter(1000, gate);
        AtomicBoolean cancelledOnFx = new AtomicBoolean();
        AtomicBoolean succeeded = new AtomicBoolean();
        task.onCancelled(() -> cancelledOnFx.set(Platform.isFxApplicationThread()));
        task.onSuccess(value -> succeeded.set(true));
        WaitForAsyncUtils.asyncFx(() -> executor.execute(task)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> task.runningProperty().get());
        assertEquals(task, WaitForAsyncUtils.asyncFx(() -> monitor.latestProperty().get()).get());
        WaitForAsyncUtils.asyncFx(() -> monitor.cancelLatest()).get(5, TimeUnit.SECONDS);
        gate.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !task.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cancelledOnFx.get(), "cancel handler ran on the FX thread");
        assertFalse(succeeded.get());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> monitor.running().isEmpty()).get());
        executor.shutdown();
    }

    @Test
    void batcherHandsOverEverythingInOrderInFewBatches() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<List<Integer>> batches = new ArrayList<>();
        UiBatcher<Integer> batcher = new UiBatcher<>(Platform::runLater, batches::add);
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                batcher.add(i);
            }
        });
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();
        List<Integer> all = WaitForAsyncUtils.asyncFx(() -> batches.stream().flatMap(List::stream).toList()).get();
        assertEquals(10_000, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i, all.get(i));
        }
        assertTrue(batches.size() < 10_000, "coalesced into batches, got " + batches.size());
    }
}
