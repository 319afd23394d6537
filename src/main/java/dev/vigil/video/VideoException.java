package dev.vigil.video;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be used as a video; the message names the file and the reason. */
public class VideoException extends IOException {

    private final transient Path file;
    private final String reason;

    public VideoException(Path file, String reason) {
        this(file, reason, null);
    }

    public VideoException(Path file, String reason, Throwable cause) {
        super("clip " + file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The reason alone, without the file name, for tables that show the file in another column. */
    public String reason() {
        return reason;
    }
}
