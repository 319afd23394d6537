package dev.vigil.cli;

import dev.vigil.io.IoErrors;
import dev.vigil.video.VideoException;
import dev.vigil.video.VideoInfo;
import dev.vigil.video.VideoProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Prints what FFmpeg sees in video files. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Show duration, frames, frame rate, size, rotation and codec of video files.")
final class ProbeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "VIDEO", description = "Video files to probe.")
    private List<Path> files;

    @Override
    public Integer call() {
        int failed = 0;
        System.out.println("file,duration_s,frames,fps,width,height,rotation,codec");
        for (Path file : files) {
            try {
                VideoInfo info = VideoProbe.probe(file);
                System.out.printf(java.util.Locale.ROOT, "%s,%.3f,%d,%.3f,%d,%d,%d,%s%n", file, info.durationSeconds(),
                        info.frameCount(), info.frameRate(), info.width(), info.height(), info.rotation(), info.codec());
            } catch (VideoException e) {
                System.err.println(IoErrors.describe(e));
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
