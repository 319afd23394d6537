package dev.vigil.timeline;

import java.util.List;

/**
 * The windows of a pass in order of first frame, handed out as the pass reaches them: the finite plan of a file, or
 * a grid without end for a live source, whose windows are known only as frames come.
 */
interface WindowSchedule {

    /** The next window not yet opened, or null when there is none. */
    FrameWindow peek();

    void advance();

    /** The last frame any window needs; {@link Long#MAX_VALUE} when the windows go on as long as frames come. */
    long lastFrame();

    /** Windows not yet opened (0 for a grid without end). */
    int remaining();

    /** The given windows, ordered by first frame. */
    static WindowSchedule of(List<FrameWindow> windows) {
        return new Planned(windows);
    }

    /** A window of {@code spec} every stride frames from frame {@code start}, without end. */
    static WindowSchedule grid(WindowSpec spec, long start) {
        return new Grid(spec, start);
    }

    /** A finite plan. */
    final class Planned implements WindowSchedule {
        private final List<FrameWindow> windows;
        private final long lastFrame;
        private int next;

        private Planned(List<FrameWindow> windows) {
            this.windows = windows;
            this.lastFrame = windows.stream().mapToLong(FrameWindow::last).max().orElse(-1);
        }

        @Override
        public FrameWindow peek() {
            return next < windows.size() ? windows.get(next) : null;
        }

        @Override
        public void advance() {
            next++;
        }

        @Override
        public long lastFrame() {
            return lastFrame;
        }

        @Override
        public int remaining() {
            return windows.size() - next;
        }
    }

    /** A window every stride frames from {@code start}, without end. */
    final class Grid implements WindowSchedule {
        private final WindowSpec spec;
        private final long start;
        private int next;

        private Grid(WindowSpec spec, long start) {
            this.spec = spec;
            this.start = start;
        }

        @Override
        public FrameWindow peek() {
            long first = start + (long) next * spec.stride();
            return new FrameWindow(next, first, first + spec.length() - 1);
        }

        @Override
        public void advance() {
            next++;
        }

        @Override
        public long lastFrame() {
            return Long.MAX_VALUE;
        }

        @Override
        public int remaining() {
            return 0;
        }
    }
}
