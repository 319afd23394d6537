package dev.vigil.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Where live frames come from, as the user wrote it: a stream address, a capture device, or a video file.
 *
 * @param text    the source as given, for messages
 * @param kind    what it is
 * @param address what FFmpeg opens: the URL, the device path, or the file path
 * @param format  the FFmpeg input format to force (a capture device's), or null to let FFmpeg find it
 */
public record LiveSource(String text, Kind kind, String address, String format) {

    /** Stream protocols FFmpeg reads that a camera or a relay serves. */
    private static final Set<String> PROTOCOLS = Set.of("rtsp", "rtsps", "rtmp", "rtmps", "http", "https", "udp",
            "rtp", "srt", "tcp");

    /** What a source is: it decides whether a drop is reconnected and whether frames may be skipped. */
    public enum Kind {
        /** A camera or relay on the network: dropped connections are reconnected. */
        STREAM,
        /** A local capture device (Video4Linux2 on Linux). */
        DEVICE,
        /** A video file: read as fast as it decodes, at its own frame rate, or followed as it grows. */
        FILE
    }

    /**
     * Reads a source as the user gives it: {@code rtsp://…}, {@code udp://…} and the other stream protocols,
     * {@code v4l2:/dev/video0}, or a file path.
     *
     * @throws IllegalArgumentException naming the source and what is wrong with it
     */
    public static LiveSource parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no source given");
        }
        String trimmed = text.strip();
        int colon = trimmed.indexOf(':');
        String scheme = colon > 1 ? trimmed.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (PROTOCOLS.contains(scheme)) {
            if (!trimmed.toLowerCase(Locale.ROOT).startsWith(scheme + "://")) {
                throw new IllegalArgumentException("source " + trimmed + ": a " + scheme + " address is written "
                        + scheme + "://HOST:PORT…");
            }
            return new LiveSource(trimmed, Kind.STREAM, trimmed, null);
        }
        if (scheme.equals("v4l2")) {
            String device = trimmed.substring(colon + 1);
            if (device.isBlank()) {
                throw new IllegalArgumentException("source " + trimmed + ": name the device, e.g. v4l2:/dev/video0");
            }
            return new LiveSource(trimmed, Kind.DEVICE, device, "video4linux2");
        }
        if (trimmed.contains("://")) {
            throw new IllegalArgumentException("source " + trimmed + ": protocol '" + scheme + "' is not supported "
                    + "(use one of " + String.join(", ", PROTOCOLS.stream().sorted().toList())
                    + ", v4l2:DEVICE or a file)");
        }
        Path file = Path.of(trimmed);
        return new LiveSource(trimmed, Kind.FILE, file.toAbsolutePath().toString(), null);
    }

    /** True for a file that is there to be read (a followed file may not exist yet). */
    public boolean isExistingFile() {
        return kind == Kind.FILE && Files.isRegularFile(Path.of(address));
    }

    @Override
    public String toString() {
        return text;
    }
}
